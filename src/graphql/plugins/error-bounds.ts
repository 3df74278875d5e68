import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

/** The longest error message a client gets; longer ones end in "…". */
export const MAX_ERROR_MESSAGE_CHARS = 500;
/** The most errors one response lists; `extensions.errorsOmitted` counts the rest. */
export const MAX_ERRORS = 20;

/** graphql-js gives up coercing variables after 50 errors with this message (and no code). */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;
const SUGGESTION = / ?Did you mean [^?]*\?/g;

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export interface ErrorBounds {
  /**
   * Apollo's formatError around `inner` (the masking): graphql-js's "too many errors" becomes
   * BAD_USER_INPUT before masking sees it; every answer of `inner` gets a bounded message,
   * without suggestions when asked.
   */
  formatError(inner: FormatError): FormatError;
  /** Cuts the error list of a response to MAX_ERRORS. */
  plugin: ApolloServerPlugin;
}

function bounded(message: string): string {
  return message.length <= MAX_ERROR_MESSAGE_CHARS ? message : `${message.slice(0, MAX_ERROR_MESSAGE_CHARS - 1)}…`;
}

/**
 * Keeps every error answer small, whatever the request: a message quotes at most
 * MAX_ERROR_MESSAGE_CHARS characters of what the client sent, a response lists at most MAX_ERRORS
 * errors, and graphql-js's "too many errors" in variables is the client's mistake (BAD_USER_INPUT).
 * With `hideSuggestions`, no "Did you mean …?" reveals names of the schema (enum values included,
 * which Apollo's own option leaves in variable errors).
 */
export function errorBounds(options: { hideSuggestions: boolean }): ErrorBounds {
  return {
    formatError: (inner) => (original, error) => {
      if (TOO_MANY_VARIABLE_ERRORS.test(original.message)) {
        return {
          message: 'the variables hold too many invalid values: correct those listed before this error and send the request again',
          extensions: { code: 'BAD_USER_INPUT', argument: 'variables' },
        };
      }
      const formatted = inner(original, error);
      let message = formatted.message;
      if (options.hideSuggestions) message = message.replace(SUGGESTION, '');
      message = bounded(message);
      return message === formatted.message ? formatted : { ...formatted, message };
    },
    plugin: {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
            if (!result.errors || result.errors.length <= MAX_ERRORS) return;
            const omitted = result.errors.length - MAX_ERRORS;
            result.errors = result.errors.slice(0, MAX_ERRORS);
            result.extensions = { ...result.extensions, errorsOmitted: omitted };
          },
        };
      },
    },
  };
}
