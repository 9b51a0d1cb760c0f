package dev.tollgate.collect.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.InputException;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.tollgate.collect.api.ApiFields.shorten;

/** What the two Cost Anomaly Detection readers share: paging and the account of a {@code ce} ARN. */
final class CostAnomalyOutput {
    /** arn:PARTITION:ce::ACCOUNT:anomalymonitor/ID or anomalysubscription/ID (Cost Explorer is global). */
    private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:ce::(\\d{12}):(anomalymonitor|anomalysubscription)/.+");

    private CostAnomalyOutput() {
    }

    /** The account of a monitor or subscription ARN of the given kind. */
    static String account(Path file, String where, String arn, String kind) throws InputException {
        Matcher m = ARN.matcher(arn);
        if (!m.matches() || !m.group(2).equals(kind)) {
            throw new InputException(file, where + " is not a Cost Explorer " + kind + " ARN: \"" + shorten(arn) + "\"");
        }
        return m.group(1);
    }
}
