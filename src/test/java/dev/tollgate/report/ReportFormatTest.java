package dev.tollgate.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFormatTest {

    @Test
    void fileNames() {
        assertEquals("tollgate.json", ReportFormat.JSON.fileName());
        assertEquals("tollgate.sarif", ReportFormat.SARIF.fileName());
        assertEquals("tollgate.html", ReportFormat.HTML.fileName());
    }

    @Test
    void parsesCommaListCaseInsensitiveKeepingOrderWithoutDuplicates() {
        assertEquals(List.of(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.HTML),
                ReportFormat.parseList("json,sarif,html"));
        assertEquals(List.of(ReportFormat.HTML, ReportFormat.JSON),
                ReportFormat.parseList(" HTML , Json,html,"));
    }

    @Test
    void unknownNameIsRejectedNamingTheAllowedValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportFormat.parseList("json,pdf"));
        assertTrue(e.getMessage().contains("'pdf'"), e.getMessage());
        assertTrue(e.getMessage().contains("json, sarif, html"), e.getMessage());
    }

    @Test
    void emptyListIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ReportFormat.parseList(" , "));
        assertThrows(IllegalArgumentException.class, () -> ReportFormat.parseList(null));
    }

    @Test
    void eachFormatHasItsReporter() {
        for (ReportFormat f : ReportFormat.values()) {
            assertEquals(f, f.reporter().format());
        }
    }
}
