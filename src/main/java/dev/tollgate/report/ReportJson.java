package dev.tollgate.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tollgate.evaluate.Severity;

import java.io.IOException;

/** The Jackson set-up shared by the JSON and SARIF reports: ISO-8601 instants, stable order, "\n" indents. */
final class ReportJson {
    private ReportJson() {
    }

    /** A new mapper: severities as their lowercase label, instants as ISO-8601 strings, map keys sorted. */
    static ObjectMapper mapper() {
        SimpleModule tollgate = new SimpleModule("tollgate-report");
        tollgate.addSerializer(Severity.class, new SeveritySerializer());
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(tollgate)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    /** A pretty-printing writer whose output is the same on every platform. */
    static ObjectWriter prettyWriter(ObjectMapper mapper) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        return mapper.writer(printer);
    }

    private static final class SeveritySerializer extends StdSerializer<Severity> {
        SeveritySerializer() {
            super(Severity.class);
        }

        @Override
        public void serialize(Severity value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.label());
        }
    }
}
