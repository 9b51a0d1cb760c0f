package dev.tollgate.model;

/**
 * A tag condition of a backup selection.
 *
 * @param operator {@code StringEquals}, {@code StringNotEquals}, {@code StringLike} or {@code StringNotLike}
 *                 (ListOfTags' {@code STRINGEQUALS} is {@code StringEquals})
 * @param tagKey   the tag key, without the {@code aws:ResourceTag/} prefix
 * @param value    the value; {@code *} and {@code ?} are wildcards for the Like operators
 */
public record BackupCondition(String operator, String tagKey, String value) {
}
