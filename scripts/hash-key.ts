// `npm run hash-key -- <key>` prints the SHA-256 of an API key, for API_KEYS (name:role:<hash>).
// `-` reads the key from standard input instead (keeps it out of the shell history). Without a
// key it makes a new random one and prints both: give the key to the client, keep only the hash
// in the configuration.
import fs from 'node:fs';
import { generateApiKey, hashApiKey } from '../src/auth/api-keys.js';

const argument = process.argv[2];
const given = argument === '-' ? fs.readFileSync(0, 'utf8').replace(/\r?\n$/, '') : argument;
if (given !== undefined && given.trim() === '') {
  process.stderr.write('usage: npm run hash-key -- [key | -]\n');
  process.exit(2);
}
if (given === undefined) {
  const key = generateApiKey();
  process.stdout.write(`key:  ${key}\nhash: ${hashApiKey(key)}\n`);
} else {
  process.stdout.write(`${hashApiKey(given)}\n`);
}
