package dev.tollgate.collect;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.collect.api.ApiOutputReader;
import dev.tollgate.collect.api.ApiOutputReaders;
import dev.tollgate.collect.config.ConfigFileReader;
import dev.tollgate.collect.config.Normalizers;
import dev.tollgate.collect.iam.AuthorizationDetailsReader;
import dev.tollgate.collect.iam.CredentialReportReader;
import dev.tollgate.collect.iam.PasswordPolicyReader;
import dev.tollgate.model.Snapshot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads offline inputs into a {@link Snapshot}, detecting each file's format by its content
 * (gzipped or not): AWS Config snapshot / select / batch-get output, IAM authorization details,
 * the credential report (CSV, or the JSON of {@code aws iam get-credential-report}), the account
 * password policy, and the project's own snapshot file. Folders are read recursively in name order;
 * hidden files, notes ({@code .md}, {@code .txt}) and Config's {@code ConfigWritabilityCheckFile} are skipped.
 */
public final class InputReader {
    private static final int MAX_BYTES = 1 << 30;

    private final ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION);
    private final ConfigFileReader config = new ConfigFileReader(new Normalizers());
    private final AuthorizationDetailsReader gaad = new AuthorizationDetailsReader();
    private final CredentialReportReader credentials = new CredentialReportReader();
    private final PasswordPolicyReader passwordPolicy = new PasswordPolicyReader();
    private final SnapshotFile snapshotFile = new SnapshotFile();
    private final List<ApiOutputReader> apiOutputs = ApiOutputReaders.all();

    /**
     * @param account the account for inputs that name none (password policy), or null to infer it
     */
    public Snapshot read(List<Path> inputs, String account) throws InputException {
        SnapshotBuilder out = new SnapshotBuilder();
        Instant newestFile = null;
        for (Path file : expand(inputs)) {
            readFile(file, out);
            try {
                Instant m = Files.getLastModifiedTime(file).toInstant();
                newestFile = newestFile == null || m.isAfter(newestFile) ? m : newestFile;
            } catch (IOException e) {
                throw new InputException(file, "cannot read: " + e.getMessage());
            }
        }
        return out.build(account, newestFile);
    }

    /** The files behind {@code inputs}: each file itself, each folder's files recursively, sorted. */
    List<Path> expand(List<Path> inputs) throws InputException {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw new InputException(in, "no such file or folder");
            }
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile).filter(InputReader::wanted).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new InputException(in, "cannot list folder: " + e.getMessage());
                }
            } else {
                files.add(in);
            }
        }
        if (files.isEmpty()) {
            throw new InputException(inputs.isEmpty() ? Path.of(".") : inputs.get(0), "no input files found");
        }
        return files;
    }

    private static boolean wanted(Path p) {
        String n = p.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && !lower.endsWith(".md") && !lower.endsWith(".txt")
                && !n.equals("ConfigWritabilityCheckFile");
    }

    void readFile(Path file, SnapshotBuilder out) throws InputException {
        String text = decodeText(file, bytes(file));
        String trimmed = text.stripLeading();
        out.source(file.toString());
        if (CredentialReportReader.accepts(trimmed)) {
            credentials.read(file, trimmed, out);
            return;
        }
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            throw new InputException(file, 1, 1, "not a recognised input: expected JSON (AWS Config, IAM "
                    + "authorization details, password policy, tollgate snapshot) or an IAM credential report CSV");
        }
        JsonNode root = parse(file, text);
        if (SnapshotFile.accepts(root)) {
            snapshotFile.read(file, root, out);
        } else if (ConfigFileReader.accepts(root)) {
            config.read(file, root, out);
        } else if (AuthorizationDetailsReader.accepts(root)) {
            gaad.read(file, root, out);
        } else if (PasswordPolicyReader.accepts(root)) {
            passwordPolicy.read(file, root, out);
        } else if (root.isObject() && root.has("Content") && root.has("ReportFormat")) {
            String csv = decodeText(file, Base64.getMimeDecoder().decode(root.get("Content").asText()));
            if (!CredentialReportReader.accepts(csv)) {
                throw new InputException(file, "the report in \"Content\" is not an IAM credential report");
            }
            out.captured(Json.instant(root, "GeneratedTime"));
            credentials.read(file, csv, out);
        } else {
            for (ApiOutputReader reader : apiOutputs) {
                if (reader.accepts(root)) {
                    reader.read(file, root, out);
                    return;
                }
            }
            StringBuilder more = new StringBuilder();
            apiOutputs.forEach(r -> more.append(", ").append(r.command()).append(" output"));
            throw new InputException(file, 1, 1, "JSON not recognised: expected an AWS Config snapshot "
                    + "(configurationItems), select-resource-config (Results) or batch-get-resource-config "
                    + "(baseConfigurationItems) output, get-account-authorization-details output, "
                    + "get-account-password-policy output, get-credential-report output" + more
                    + ", or a tollgate snapshot");
        }
    }

    private JsonNode parse(Path file, String text) throws InputException {
        try {
            JsonNode root = mapper.readTree(text);
            if (root == null) {
                throw new InputException(file, "empty file");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new InputException(file, loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(),
                    "malformed JSON: " + e.getOriginalMessage());
        }
    }

    private static byte[] bytes(Path file) throws InputException {
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] head = raw.readNBytes(2);
            byte[] rest = raw.readNBytes(MAX_BYTES);
            byte[] all = new byte[head.length + rest.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(rest, 0, all, head.length, rest.length);
            if (head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(all))) {
                    return gz.readNBytes(MAX_BYTES);
                }
            }
            return all;
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file");
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage());
        }
    }

    private static String decodeText(Path file, byte[] bytes) throws InputException {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new InputException(file, "not UTF-8 text (a binary file?)");
        }
    }
}
