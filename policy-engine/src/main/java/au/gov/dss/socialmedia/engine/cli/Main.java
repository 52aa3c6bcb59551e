package au.gov.dss.socialmedia.engine.cli;

import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.engine.ComplianceEngine;
import au.gov.dss.socialmedia.engine.MediaItem;
import au.gov.dss.socialmedia.engine.MediaKind;
import au.gov.dss.socialmedia.engine.NoRuleSetInForceException;
import au.gov.dss.socialmedia.engine.ScreeningContext;
import au.gov.dss.socialmedia.engine.ScreeningRequest;
import au.gov.dss.socialmedia.engine.ScreeningResult;
import au.gov.dss.socialmedia.engine.rules.RuleSet;
import au.gov.dss.socialmedia.engine.rules.RuleSetException;
import au.gov.dss.socialmedia.engine.rules.RuleSetReader;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line interface: {@code screen [--rules FILE]... [--as-at YYYY-MM-DD] [FILE]} reads JSON Lines from
 * FILE or standard input and writes one JSON line per input line, in order, to standard output. A line that
 * cannot be screened gives {@code {"line": N, "error": "..."}} in its place; the rest are still screened and the
 * exit status is 2 at the end (0 when every line was screened, 1 when nothing could be screened at all). Input is
 * read and written a line at a time, so memory stays constant however large the input is.
 */
public final class Main {

    /** The exit status when every line was screened. */
    public static final int OK = 0;
    /** The exit status when the command could not run (bad arguments, an unreadable rule set). */
    public static final int CANNOT_RUN = 1;
    /** The exit status when at least one line could not be screened. */
    public static final int BAD_LINES = 2;

    static final String HELP = String.join("\n",
            "Usage: java -jar policy-engine-cli.jar screen [--rules FILE]... [--as-at YYYY-MM-DD] [FILE]",
            "       java -jar policy-engine-cli.jar --help",
            "",
            "Screens posts and comments against the DSS Social Media Policy.",
            "",
            "Reads JSON Lines from FILE (or standard input) and writes one JSON line per input line, in the",
            "same order, to standard output.",
            "",
            "Input line:",
            "  {\"id\": \"...\", \"channel\": \"OFFICIAL_POST\" | \"PUBLIC_COMMENT\" | \"PERSONAL_POST\", \"text\": \"...\",",
            "   \"media\": [{\"kind\": \"IMAGE\" | \"VIDEO\" | \"AUDIO\", \"altText\": \"...\", \"captioned\": true,",
            "              \"rightsCleared\": true, \"showsBranding\": false, \"brandingApproved\": false}]}",
            "  id, channel and text are required; media and each of its fields except kind are optional",
            "  (a field not given is 'not confirmed'). Other fields are ignored.",
            "",
            "Output line:",
            "  {\"id\": \"...\", \"outcome\": \"PASS\" | \"REVIEW\" | \"BLOCK\", \"policyVersion\": \"...\",",
            "   \"findings\": [{\"category\": \"...\", \"type\": \"...\" or null, \"severity\": \"BLOCK\" | \"WARN\" | \"INFO\",",
            "                 \"start\": 0, \"end\": 0, \"rule\": \"...\", \"clause\": \"...\", \"advice\": \"...\"}]}",
            "  start (inclusive) and end (exclusive) are Java String (UTF-16) indices into text as received;",
            "  findings about media have start = end = 0. PASS: nothing to act on; REVIEW: only WARN findings;",
            "  BLOCK: at least one BLOCK finding (for a public comment: hide it).",
            "",
            "A line that is not valid JSON or lacks a field gives {\"line\": N, \"error\": \"what is wrong\"}",
            "(N counts from 1) in its place; the other lines are still screened.",
            "",
            "Options:",
            "  --rules FILE        a rule-set document to use instead of the shipped one; repeat it to hold",
            "                      several versions (each line is screened with the version in force)",
            "  --as-at YYYY-MM-DD  screen with the rule-set version in force on that date (default: today,",
            "                      Australia/Sydney); every output line names the version used",
            "  --help              this text",
            "",
            "Exit status: 0 every line screened; 2 at least one line gave an error; 1 could not run",
            "(bad arguments, unreadable rule set, no rule set in force at the date).",
            "");

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private Main() {
    }

    /** Runs the CLI and exits with its status. */
    public static void main(String[] args) {
        int status = run(args, System.in, System.out, System.err);
        System.exit(status);
    }

    /** Runs the CLI on the given streams and returns the exit status (for tests and embedding). */
    public static int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr) {
        List<Path> rules = new ArrayList<>();
        LocalDate asAt = null;
        Path input = null;
        boolean screen = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help":
                case "-h":
                    print(stdout, HELP);
                    return OK;
                case "screen":
                    if (screen) {
                        return usage(stderr, "'screen' is given twice");
                    }
                    screen = true;
                    break;
                case "--rules":
                    if (i + 1 >= args.length) {
                        return usage(stderr, "--rules needs a FILE");
                    }
                    rules.add(Path.of(args[++i]));
                    break;
                case "--as-at":
                    if (i + 1 >= args.length) {
                        return usage(stderr, "--as-at needs a date YYYY-MM-DD");
                    }
                    try {
                        asAt = LocalDate.parse(args[++i]);
                    } catch (DateTimeParseException e) {
                        return usage(stderr, "--as-at needs a date YYYY-MM-DD, not '" + args[i] + "'");
                    }
                    break;
                default:
                    if (arg.startsWith("-") && !arg.equals("-")) {
                        return usage(stderr, "unknown option " + arg);
                    }
                    if (!screen) {
                        return usage(stderr, "unknown command '" + arg + "'");
                    }
                    if (input != null) {
                        return usage(stderr, "only one input FILE may be given");
                    }
                    input = arg.equals("-") ? null : Path.of(arg);
                    break;
            }
        }
        if (!screen) {
            return usage(stderr, "a command is needed");
        }
        ComplianceEngine engine;
        try {
            List<RuleSet> sets = new ArrayList<>();
            for (Path file : rules) {
                sets.add(RuleSetReader.read(file));
            }
            if (sets.isEmpty()) {
                sets.add(RuleSet.defaults());
            }
            engine = ComplianceEngine.of(Clock.system(ZoneId.of("Australia/Sydney")), sets);
        } catch (RuleSetException | IllegalArgumentException e) {
            stderr.println("policy-engine: " + e.getMessage());
            return CANNOT_RUN;
        }
        LocalDate day = asAt != null ? asAt : LocalDate.now(ZoneId.of("Australia/Sydney"));
        if (engine.history().inForceAt(day).isEmpty()) {
            stderr.println("policy-engine: " + new NoRuleSetInForceException(day,
                    engine.history().versions().get(0).effectiveFrom()).getMessage());
            return CANNOT_RUN;
        }
        try (InputStream in = input == null ? stdin : Files.newInputStream(input)) {
            return new Screening(engine, asAt).run(in, stdout);
        } catch (NoRuleSetInForceException e) {
            stderr.println("policy-engine: " + e.getMessage());
            return CANNOT_RUN;
        } catch (IOException e) {
            stderr.println("policy-engine: cannot read " + (input == null ? "standard input" : input) + ": "
                    + e.getMessage());
            return CANNOT_RUN;
        }
    }

    private static int usage(PrintStream stderr, String problem) {
        stderr.println("policy-engine: " + problem);
        stderr.println("Try: java -jar policy-engine-cli.jar --help");
        return CANNOT_RUN;
    }

    private static void print(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One run of {@code screen} over a stream of JSON Lines. Lines are read as bytes in batches; each batch is
     * parsed, screened and written to a buffer on one of the machine's cores, and the buffers are written out in
     * input order. When the input pauses (an interactive pipe), what has been read is screened and written at
     * once, so a caller waiting for an answer gets it.
     */
    private static final class Screening {
        private static final int BATCH_LINES = 1024;
        private static final int BATCH_BYTES = 1 << 18;

        private final ComplianceEngine engine;
        private final LocalDate asAt;

        Screening(ComplianceEngine engine, LocalDate asAt) {
            this.engine = engine;
            this.asAt = asAt;
        }

        /** A batch of lines: the bytes, where each line starts and ends, and the number of the first line. */
        private record Batch(byte[] bytes, int[] starts, int[] ends, int count, long firstLine) {
        }

        /** The output of a batch and whether any line was bad. */
        private record Done(byte[] bytes, boolean errors) {
        }

        int run(InputStream in, OutputStream out) throws IOException {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads,
                    r -> {
                        Thread t = new Thread(r, "screen");
                        t.setDaemon(true);
                        return t;
                    });
            java.util.ArrayDeque<java.util.concurrent.Future<Done>> pending = new java.util.ArrayDeque<>();
            boolean errors = false;
            try {
                LineReader reader = new LineReader(in);
                long number = 0;
                while (true) {
                    Batch batch = reader.next(number + 1);
                    if (batch == null) {
                        break;
                    }
                    number += batch.count();
                    pending.add(pool.submit(() -> screen(batch)));
                    boolean idle = reader.idle();
                    while (!pending.isEmpty() && (idle || pending.size() > 2 * threads
                            || pending.peek().isDone())) {
                        Done done = get(pending.poll());
                        errors |= done.errors();
                        out.write(done.bytes());
                    }
                    if (idle) {
                        out.flush();
                    }
                }
                while (!pending.isEmpty()) {
                    Done done = get(pending.poll());
                    errors |= done.errors();
                    out.write(done.bytes());
                }
                out.flush();
            } finally {
                pool.shutdownNow();
            }
            return errors ? BAD_LINES : OK;
        }

        private static Done get(java.util.concurrent.Future<Done> future) throws IOException {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                if (cause instanceof IOException) {
                    throw (IOException) cause;
                }
                throw new IllegalStateException(cause);
            }
        }

        private Done screen(Batch batch) throws IOException {
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(batch.count() * 128);
            boolean errors = false;
            try (JsonGenerator json = JSON.createGenerator(buffer, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
                json.setRootValueSeparator(null);
                for (int i = 0; i < batch.count(); i++) {
                    long number = batch.firstLine() + i;
                    Line parsed;
                    try {
                        parsed = parse(batch.bytes(), batch.starts()[i], batch.ends()[i] - batch.starts()[i]);
                    } catch (BadLine e) {
                        errors = true;
                        json.writeStartObject();
                        json.writeNumberField("line", number);
                        json.writeStringField("error", e.getMessage());
                        json.writeEndObject();
                        json.writeRaw('\n');
                        continue;
                    }
                    ScreeningResult result = asAt == null ? engine.screen(parsed.request)
                            : engine.screenAsAt(parsed.request, asAt);
                    write(json, parsed.id, result);
                }
            }
            return new Done(buffer.toByteArray(), errors);
        }

        private static void write(JsonGenerator json, String id, ScreeningResult result) throws IOException {
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeStringField("outcome", result.outcome().name());
            json.writeStringField("policyVersion", result.policyVersion().value());
            json.writeArrayFieldStart("findings");
            for (Finding f : result.findings()) {
                json.writeStartObject();
                json.writeStringField("category", f.category().name());
                json.writeStringField("type", f.type());
                json.writeStringField("severity", f.severity().name());
                json.writeNumberField("start", f.span().start());
                json.writeNumberField("end", f.span().end());
                json.writeStringField("rule", f.ruleId());
                json.writeStringField("clause", f.clause().id());
                json.writeStringField("advice", f.advice());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /**
     * Reads lines of bytes in batches (a line ends at '\\n'; a '\\r' before it is dropped; a last line without
     * '\\n' counts), never blocking for more input once it has some lines to hand over.
     */
    private static final class LineReader {
        private final InputStream in;
        private byte[] buf = new byte[1 << 16];
        private int start;
        private int end;
        private boolean eof;

        LineReader(InputStream in) {
            this.in = in;
        }

        /** Whether no more input is waiting now (the caller should write what it has). */
        boolean idle() throws IOException {
            return !eof && start == end && in.available() == 0;
        }

        /** The next batch, numbered from {@code firstLine}, or null at the end of the input. */
        Screening.Batch next(long firstLine) throws IOException {
            int[] starts = new int[64];
            int[] ends = new int[64];
            int count = 0;
            java.io.ByteArrayOutputStream bytes = null;
            byte[] out = null;
            int outLength = 0;
            while (count < Screening.BATCH_LINES && outLength < Screening.BATCH_BYTES) {
                int nl = -1;
                for (int i = start; i < end; i++) {
                    if (buf[i] == '\n') {
                        nl = i;
                        break;
                    }
                }
                if (nl < 0) {
                    if (eof) {
                        if (start < end) {
                            nl = end; // a last line without '\\n'
                        } else {
                            break;
                        }
                    } else {
                        if (count > 0 && in.available() == 0) {
                            break; // hand over what we have rather than wait
                        }
                        fill();
                        continue;
                    }
                }
                int lineEnd = nl > start && buf[nl - 1] == '\r' ? nl - 1 : nl;
                int length = lineEnd - start;
                if (out == null) {
                    out = new byte[Math.max(length, 1 << 12)];
                } else if (outLength + length > out.length) {
                    out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, outLength + length));
                }
                System.arraycopy(buf, start, out, outLength, length);
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                    ends = java.util.Arrays.copyOf(ends, count * 2);
                }
                starts[count] = outLength;
                ends[count] = outLength + length;
                outLength += length;
                count++;
                start = Math.min(nl + 1, end);
                if (nl == end) {
                    start = end;
                }
            }
            return count == 0 ? null : new Screening.Batch(out, starts, ends, count, firstLine);
        }

        private void fill() throws IOException {
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, end - start);
                end -= start;
                start = 0;
            }
            if (end == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }
    }

    /** A line that cannot be screened; the message says what is wrong. */
    private static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String message) {
            super(message, null, false, false);
        }
    }

    private record Line(String id, ScreeningRequest request) {
    }

    static Line parse(String line) throws BadLine {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return parse(bytes, 0, bytes.length);
    }

    static Line parse(byte[] bytes, int offset, int length) throws BadLine {
        String id = null;
        String channel = null;
        String text = null;
        List<MediaItem> media = List.of();
        try (JsonParser p = JSON.createParser(bytes, offset, length)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new BadLine("the line is empty; expected a JSON object");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new BadLine("expected a JSON object, not " + describe(first));
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "id":
                        id = string(p, value, "id");
                        break;
                    case "channel":
                        channel = string(p, value, "channel");
                        break;
                    case "text":
                        text = string(p, value, "text");
                        break;
                    case "media":
                        media = media(p, value);
                        break;
                    default:
                        p.skipChildren();
                        break;
                }
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new BadLine("unexpected " + describe(after) + " after the JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new BadLine("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadLine("cannot read the line: " + e.getMessage());
        }
        if (id == null) {
            throw new BadLine("the field \"id\" is missing");
        }
        if (channel == null) {
            throw new BadLine("the field \"channel\" is missing");
        }
        if (text == null) {
            throw new BadLine("the field \"text\" is missing");
        }
        Channel ch;
        try {
            ch = Channel.valueOf(channel);
        } catch (IllegalArgumentException e) {
            throw new BadLine("the field \"channel\" must be OFFICIAL_POST, PUBLIC_COMMENT or PERSONAL_POST, not \""
                    + channel + "\"");
        }
        return new Line(id, new ScreeningRequest(text, ch, media, ScreeningContext.none()));
    }

    private static String string(JsonParser p, JsonToken value, String field) throws IOException, BadLine {
        if (value != JsonToken.VALUE_STRING) {
            throw new BadLine("the field \"" + field + "\" must be a string, not " + describe(value));
        }
        return p.getText();
    }

    private static List<MediaItem> media(JsonParser p, JsonToken value) throws IOException, BadLine {
        if (value == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (value != JsonToken.START_ARRAY) {
            throw new BadLine("the field \"media\" must be an array, not " + describe(value));
        }
        List<MediaItem> items = new ArrayList<>();
        int index = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            String where = "media[" + index++ + "]";
            if (t != JsonToken.START_OBJECT) {
                throw new BadLine(where + " must be an object, not " + describe(t));
            }
            String kind = null;
            String altText = null;
            Boolean captioned = null;
            Boolean rightsCleared = null;
            Boolean showsBranding = null;
            Boolean brandingApproved = null;
            for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "kind":
                        kind = string(p, v, where + ".kind");
                        break;
                    case "altText":
                        altText = v == JsonToken.VALUE_NULL ? null : string(p, v, where + ".altText");
                        break;
                    case "captioned":
                        captioned = bool(v, where + ".captioned");
                        break;
                    case "rightsCleared":
                        rightsCleared = bool(v, where + ".rightsCleared");
                        break;
                    case "showsBranding":
                        showsBranding = bool(v, where + ".showsBranding");
                        break;
                    case "brandingApproved":
                        brandingApproved = bool(v, where + ".brandingApproved");
                        break;
                    default:
                        p.skipChildren();
                        break;
                }
            }
            if (kind == null) {
                throw new BadLine("the field \"" + where + ".kind\" is missing");
            }
            MediaKind mediaKind;
            try {
                mediaKind = MediaKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new BadLine("the field \"" + where + ".kind\" must be IMAGE, VIDEO or AUDIO, not \"" + kind
                        + "\"");
            }
            items.add(new MediaItem(mediaKind, altText, captioned, rightsCleared, Boolean.TRUE.equals(showsBranding),
                    brandingApproved));
        }
        return items;
    }

    private static Boolean bool(JsonToken value, String field) throws BadLine {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
            throw new BadLine("the field \"" + field + "\" must be true or false, not " + describe(value));
        }
        return value == JsonToken.VALUE_TRUE;
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the line";
        }
        switch (token) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE: case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return token.toString();
        }
    }
}
