package dev.tollgate.collect.iam;

import dev.tollgate.collect.InputException;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.IamCredential;
import dev.tollgate.model.Snapshot;
import dev.tollgate.model.Tri;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialReportReaderTest {
    static final Path FILE = Path.of("src/test/resources/iam/credential-report.csv");

    private static Snapshot read(Path file, String csv) throws InputException {
        SnapshotBuilder out = new SnapshotBuilder();
        new CredentialReportReader().read(file, csv, out);
        return out.build(null, null);
    }

    private static Map<String, IamCredential> byName(Snapshot s) {
        return s.resources().stream().map(IamCredential.class::cast)
                .collect(Collectors.toMap(IamCredential::name, c -> c));
    }

    private static final IamCredential ROOT = new IamCredential("arn:aws:iam::111122223333:root", "111122223333", "global",
            "<root_account>", Map.of(), true, Instant.parse("2019-01-15T08:00:00Z"), Tri.UNKNOWN,
            Instant.parse("2024-12-24T10:11:12Z"), null, Tri.TRUE, Tri.FALSE, null, null, Tri.FALSE, null, null,
            Tri.FALSE, Tri.FALSE);
    private static final IamCredential ALICE = new IamCredential("arn:aws:iam::111122223333:user/alice", "111122223333",
            "global", "alice", Map.of(), false, Instant.parse("2021-03-04T10:15:30Z"), Tri.TRUE,
            Instant.parse("2025-01-20T07:30:00Z"), Instant.parse("2024-10-01T00:00:00Z"), Tri.TRUE,
            Tri.TRUE, Instant.parse("2024-06-01T12:00:00Z"), Instant.parse("2025-01-19T18:00:00Z"),
            Tri.FALSE, null, null, Tri.FALSE, Tri.FALSE);
    private static final IamCredential BOT = new IamCredential("arn:aws:iam::111122223333:user/automation/deploy-bot",
            "111122223333", "global", "deploy-bot", Map.of(), false, Instant.parse("2022-11-20T08:00:00Z"), Tri.FALSE,
            null, null, Tri.FALSE,
            Tri.TRUE, Instant.parse("2022-11-20T08:05:00Z"), Instant.parse("2025-01-20T03:00:00Z"),
            Tri.TRUE, Instant.parse("2023-11-20T08:05:00Z"), null, Tri.FALSE, Tri.FALSE);
    private static final IamCredential LEGACY = new IamCredential("arn:aws:iam::111122223333:user/legacy-user",
            "111122223333", "global", "legacy-user", Map.of(), false, Instant.parse("2014-05-01T00:00:00Z"), Tri.TRUE,
            null, Instant.parse("2014-05-01T00:00:00Z"), Tri.FALSE,
            Tri.FALSE, Instant.parse("2014-05-01T00:00:00Z"), null,
            Tri.FALSE, null, null, Tri.TRUE, Tri.FALSE);

    @Test
    void everyRowBecomesACredentialFact() throws Exception {
        String csv = Files.readString(FILE);
        assertTrue(CredentialReportReader.accepts(csv));
        Snapshot s = read(FILE, csv);
        Map<String, IamCredential> c = byName(s);
        assertEquals(4, s.resources().size());
        assertEquals(ROOT, c.get("<root_account>"));
        assertEquals(ALICE, c.get("alice"));
        assertEquals(BOT, c.get("deploy-bot"));
        assertEquals(LEGACY, c.get("legacy-user"));
        assertTrue(c.get("deploy-bot").anyAccessKeyActive());
        assertFalse(c.get("<root_account>").anyAccessKeyActive());
        assertEquals(List.of(Coverage.collected("111122223333", "global", "AWS::IAM::CredentialReport",
                "credential-report:credential-report.csv")), s.coverage());
        assertEquals(null, s.capturedAt(), "the CSV states no capture time");
    }

    /** Reverses the column order and adds an unknown column; the facts must not change. */
    @Test
    void columnsAreFoundByNameInAnyOrder() throws Exception {
        List<String> lines = Files.readAllLines(FILE);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            List<String> f = new ArrayList<>(Arrays.asList(lines.get(i).split(",", -1)));
            Collections.reverse(f);
            f.add(2, i == 0 ? "some_future_column" : "x");
            sb.append(String.join(",", f)).append("\r\n");
        }
        String csv = sb.toString();
        assertFalse(csv.startsWith("user,"));
        assertTrue(CredentialReportReader.accepts(csv));
        Map<String, IamCredential> c = byName(read(FILE, csv));
        assertEquals(Map.of("<root_account>", ROOT, "alice", ALICE, "deploy-bot", BOT, "legacy-user", LEGACY), c);
    }

    @Test
    void aRowWithTheWrongColumnCountNamesItsLine() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(FILE));
        lines.set(3, lines.get(3) + ",extra");
        InputException e = assertThrows(InputException.class, () -> read(Path.of("report.csv"), String.join("\n", lines)));
        assertEquals(4, e.line());
        assertEquals("report.csv:4: row has 23 fields, the header has 22", e.getMessage());
    }

    @Test
    void aMissingColumnIsReportedOnLineOne() throws Exception {
        String csv = Files.readString(FILE).replaceFirst(",mfa_active,", ",mfa_status,");
        InputException e = assertThrows(InputException.class, () -> read(Path.of("report.csv"), csv));
        assertEquals(1, e.line());
        assertEquals("report.csv:1: credential report header lacks column mfa_active", e.getMessage());
    }

    @Test
    void badValuesNameLineAndColumn() throws Exception {
        String csv = Files.readString(FILE).replace("alice,arn:aws:iam::111122223333:user/alice,2021-03-04T10:15:30+00:00,true",
                "alice,arn:aws:iam::111122223333:user/alice,yesterday,true");
        InputException e = assertThrows(InputException.class, () -> read(Path.of("report.csv"), csv));
        assertEquals("report.csv:3: column user_creation_time is \"yesterday\", expected an ISO-8601 time, N/A, "
                + "no_information or not_supported", e.getMessage());
        String csv2 = Files.readString(FILE).replace(",not_supported,2024-12-24T10:11:12+00:00,not_supported,not_supported,true,",
                ",not_supported,2024-12-24T10:11:12+00:00,not_supported,not_supported,maybe,");
        assertEquals("report.csv:2: column mfa_active is \"maybe\", expected true, false, N/A or not_supported",
                assertThrows(InputException.class, () -> read(Path.of("report.csv"), csv2)).getMessage());
    }

    @Test
    void aReportWithNoRowsIsAnError() throws Exception {
        String header = Files.readAllLines(FILE).get(0) + "\n";
        InputException e = assertThrows(InputException.class, () -> read(Path.of("report.csv"), header));
        assertEquals(2, e.line());
    }

    @Test
    void quotedFieldsAreUnquoted() throws Exception {
        Path p = Path.of("report.csv");
        assertEquals(List.of("a,b", "c\"d", "", "e"), CredentialReportReader.fields(p, 1, "\"a,b\",\"c\"\"d\",,e"));
        assertEquals(3, assertThrows(InputException.class, () -> CredentialReportReader.fields(p, 3, "\"open,x")).line());
    }

    @Test
    void acceptsOnlyCredentialReportHeaders() {
        assertTrue(CredentialReportReader.accepts("user,arn,user_creation_time,password_enabled\n"));
        assertFalse(CredentialReportReader.accepts("{\"user\":1}"));
        assertFalse(CredentialReportReader.accepts("name,arn,created\nx,y,z\n"));
    }
}
