package dev.tollgate.model;

/**
 * A listener's default action: {@code forward}, {@code redirect}, {@code fixed-response}, {@code authenticate-*}.
 * For redirects, {@code redirectProtocol} is HTTPS/HTTP/#{protocol}.
 */
public record ListenerAction(String type, String redirectProtocol, String redirectPort, String targetGroupArn) {
    public boolean redirectsToHttps() {
        return "redirect".equalsIgnoreCase(type) && "HTTPS".equalsIgnoreCase(redirectProtocol);
    }
}
