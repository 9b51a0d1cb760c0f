/**
 * Reports: views of one {@link dev.tollgate.evaluate.ScanResult}, written by {@link dev.tollgate.report.ReportWriter}.
 *
 * <ul>
 *   <li>{@code tollgate.json} ({@link dev.tollgate.report.JsonReporter}): the canonical result, shaped by
 *       {@link dev.tollgate.report.JsonReport}: every ScanResult field plus a computed {@code summary}. UTF-8,
 *       two-space indent, "\n" line ends, properties in record order, map keys (evidence) sorted, instants as
 *       ISO-8601 strings, severities lowercase, explicit nulls. Same input, same bytes.</li>
 *   <li>{@code tollgate.sarif} ({@link dev.tollgate.report.SarifReporter}): SARIF 2.1.0, validated in tests
 *       against the official schema. A result per finding; not-assessed items in {@code run.properties}. The ARN
 *       is the logical location; the physical location is a stable pseudo path ({@code ArtifactPaths}) with
 *       {@code startLine 1}, as code scanning needs one. {@code partialFingerprints["tollgate/v1"]} is
 *       sha256(ruleId|arn), so a finding keeps its identity across runs.</li>
 *   <li>{@code tollgate.html} ({@link dev.tollgate.report.HtmlReporter}): one offline page from the Pebble
 *       template {@code tollgate/report/report.peb}, auto-escaped, strict CSP, inline CSS and JS only.
 *       Every string from AWS is hostile: it is printed only through escaped expressions; the script reads
 *       the DOM, no data is embedded into script.</li>
 * </ul>
 */
package dev.tollgate.report;
