package dev.chengyu.neo4j;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Starts an embedded Neo4j Community DBMS with a Bolt connector on 127.0.0.1 and authentication
 * disabled. Prints {@code ready bolt://127.0.0.1:PORT} on stdout once Bolt accepts connections.
 */
public final class LocalNeo4j {

    private static final String HOST = "127.0.0.1";
    private static final Duration BOLT_WAIT = Duration.ofSeconds(60);

    private static final String USAGE = String.join("\n",
            "usage: java [-Xmx<heap>] -jar chengyu-neo4j.jar --data DIR [options]",
            "",
            "Runs an embedded Neo4j Community DBMS with Bolt on 127.0.0.1 (no authentication).",
            "The JVM heap is set by the caller with -Xmx; the page cache is separate (off-heap).",
            "",
            "  --data DIR               Neo4j home / data folder, created if missing (required)",
            "  --port N                 Bolt port on 127.0.0.1 (default 7687)",
            "  --page-cache SIZE        page cache size, e.g. 128m, 1g (default: Neo4j's heuristic)",
            "  --tx-timeout DURATION    default transaction timeout, e.g. 60s, 2m (default: none)",
            "  --exit-on-stdin-close    shut down when standard input reaches end of file",
            "  --help                   print this text",
            "",
            "stdout: one line 'ready bolt://127.0.0.1:PORT' once Bolt accepts connections.",
            "stderr: one line 'error: ...' on failure. Exit codes: 2 bad usage, 1 start failure,",
            "0 after stdin closed (with --exit-on-stdin-close), 143/130 after SIGTERM/SIGINT.",
            "Logs: DIR/logs/neo4j.log (user log) and DIR/logs/debug.log.");

    private static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private static final class Options {
        int port = 7687;
        Path data;
        Long pageCacheBytes;
        Duration txTimeout;
        boolean exitOnStdinClose;
        boolean help;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (UsageException e) {
            System.err.println("error: " + e.getMessage());
            System.err.flush();
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(USAGE);
            System.exit(0);
        }
        System.exit(run(options));
    }

    private static int run(Options options) {
        // Keep anything that might print to the console (third-party libraries, log4j's status
        // logger) away from stdout, which carries only the ready line.
        PrintStream stdout = System.out;
        System.setOut(System.err);
        // Same as the flag the Neo4j launcher passes; avoids registering log4j MBeans.
        System.setProperty("log4j2.disable.jmx", "true");

        Path home = options.data.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home.resolve("logs"));
        } catch (IOException e) {
            return fail("cannot create data folder " + home + ": " + e);
        }

        if (!portIsFree(options.port)) {
            return fail("port " + options.port + " on " + HOST + " is already in use");
        }

        AtomicReference<DatabaseManagementService> service = new AtomicReference<>();
        // Runs on SIGTERM, SIGINT and System.exit.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService dbms = service.getAndSet(null);
            if (dbms != null) {
                dbms.shutdown();
            }
        }, "neo4j-shutdown"));

        // Embedded Neo4j discards the user log unless given a provider; debug.log is written anyway.
        Log4jLogProvider userLog;
        try {
            userLog = new Log4jLogProvider(new FileOutputStream(home.resolve("logs").resolve("neo4j.log").toFile(), true));
        } catch (IOException e) {
            return fail("cannot open log file in " + home.resolve("logs") + ": " + e);
        }

        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                    .setUserLogProvider(userLog)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Transaction log files are otherwise preallocated at 256 MiB per database.
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    // Netty's default 5 s quiet period, paid twice, made shutdown take over 10 s.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
            if (options.pageCacheBytes != null) {
                builder.setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes);
            }
            if (options.txTimeout != null) {
                builder.setConfig(GraphDatabaseSettings.transaction_timeout, options.txTimeout);
            }
            service.set(builder.build());
        } catch (Throwable t) {
            shutdownQuietly(service.getAndSet(null));
            return fail("neo4j failed to start: " + rootMessage(t));
        }

        if (!waitForBolt(options.port)) {
            shutdownQuietly(service.getAndSet(null));
            return fail("bolt did not accept connections on " + HOST + ":" + options.port
                    + " within " + BOLT_WAIT.toSeconds() + "s");
        }

        stdout.println("ready bolt://" + HOST + ":" + options.port);
        stdout.flush();

        if (options.exitOnStdinClose) {
            drain(System.in);
            return 0;
        }
        // Nothing else to do: Neo4j's threads keep serving until a signal runs the shutdown hook.
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
    }

    private static Options parse(String[] args) throws UsageException {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--help", "-h" -> o.help = true;
                case "--exit-on-stdin-close" -> {
                    if (value != null) {
                        throw new UsageException("option " + name + " takes no value");
                    }
                    o.exitOnStdinClose = true;
                }
                case "--port", "--data", "--page-cache", "--tx-timeout" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException("option " + name + " needs a value");
                        }
                        value = args[++i];
                    }
                    apply(o, name, value);
                }
                default -> throw new UsageException("unknown option " + arg + " (see --help)");
            }
        }
        if (!o.help && o.data == null) {
            throw new UsageException("option --data is required (see --help)");
        }
        return o;
    }

    private static void apply(Options o, String name, String value) throws UsageException {
        switch (name) {
            case "--port" -> {
                try {
                    o.port = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    o.port = -1;
                }
                if (o.port < 1 || o.port > 65535) {
                    throw new UsageException("invalid value for --port: '" + value + "' (expected 1-65535)");
                }
            }
            case "--data" -> {
                if (value.isBlank()) {
                    throw new UsageException("invalid value for --data: empty path");
                }
                o.data = Path.of(value);
            }
            case "--page-cache" -> o.pageCacheBytes = parseSize(value);
            case "--tx-timeout" -> {
                try {
                    o.txTimeout = SettingValueParsers.DURATION.parse(value);
                } catch (RuntimeException e) {
                    throw new UsageException("invalid value for --tx-timeout: '" + value + "' (expected e.g. 60s, 500ms, 2m)");
                }
            }
            default -> throw new IllegalStateException(name);
        }
    }

    private static final Pattern SIZE = Pattern.compile("(\\d+)([kmg]?)b?", Pattern.CASE_INSENSITIVE);

    private static long parseSize(String value) throws UsageException {
        Matcher m = SIZE.matcher(value.trim());
        long bytes = -1;
        if (m.matches()) {
            try {
                int shift = switch (m.group(2).toLowerCase()) {
                    case "k" -> 10;
                    case "m" -> 20;
                    case "g" -> 30;
                    default -> 0;
                };
                bytes = Math.multiplyExact(Long.parseLong(m.group(1)), 1L << shift);
            } catch (ArithmeticException | NumberFormatException e) {
                bytes = -1;
            }
        }
        // Neo4j rejects page caches below a few MiB; keep a clear message here instead.
        if (bytes < (8L << 20)) {
            throw new UsageException("invalid value for --page-cache: '" + value + "' (expected a size of at least 8m, e.g. 128m, 1g)");
        }
        return bytes;
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean waitForBolt(int port) {
        long deadline = System.nanoTime() + BOLT_WAIT.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getByName(HOST), port), 1000);
                return true;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[4096];
        try {
            while (in.read(buffer) >= 0) {
                // discard
            }
        } catch (IOException e) {
            // a broken stdin counts as closed
        }
    }

    private static void shutdownQuietly(DatabaseManagementService dbms) {
        if (dbms == null) {
            return;
        }
        try {
            dbms.shutdown();
        } catch (Throwable ignored) {
            // already failing; the original error is the one to report
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String text = message == null || message.isBlank() ? root.getClass().getName() : message;
        return text.replaceAll("\\s+", " ").trim();
    }

    private static int fail(String message) {
        System.err.println("error: " + message);
        System.err.flush();
        return 1;
    }
}
