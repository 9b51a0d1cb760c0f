package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * The Cost Anomaly Detection alert subscriptions of one account ({@code aws ce get-anomaly-subscriptions}), as
 * one account-level fact. The ARN is the account root's. Subscriber addresses are not kept (only their type
 * and confirmation status).
 */
public record AccountAnomalySubscriptions(String arn, String account, String region, String name,
                                          Map<String, String> tags, List<Subscription> subscriptions)
        implements Resource {
    public static final String TYPE = "AWS::CE::AnomalySubscription";

    public AccountAnomalySubscriptions {
        tags = Copy.map(tags);
        subscriptions = Copy.list(subscriptions);
    }

    /**
     * @param frequency   DAILY, WEEKLY or IMMEDIATE
     * @param threshold   the deprecated absolute impact threshold; null when a ThresholdExpression is used
     * @param subscribers every subscriber's type (EMAIL, SNS) and status (CONFIRMED, DECLINED; null when absent)
     */
    public record Subscription(String subscriptionArn, String subscriptionName, List<String> monitorArns,
                               String frequency, Double threshold, List<Subscriber> subscribers) {
        public Subscription {
            monitorArns = Copy.list(monitorArns);
            subscribers = Copy.list(subscribers);
        }

        /** True when a subscriber has not declined (status CONFIRMED or not given). */
        public boolean hasActiveSubscriber() {
            return subscribers.stream().anyMatch(s -> !"DECLINED".equals(s.status()));
        }
    }

    public record Subscriber(String type, String status) {
    }

    @Override
    public String resourceType() {
        return TYPE;
    }
}
