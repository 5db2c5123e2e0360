package org.crampguide.content;

/**
 * Which revision of the content this is and when it was last read by a reviewer (a role, not a
 * name) and is due again: shown in Sources and in the kiosk's Diagnostics, so staff and clinicians
 * can tell how current the advice is. Dates are ISO dates ({@code 2026-12-02}).
 */
public record ContentReview(String contentVersion, String lastReviewed, String nextReview, String reviewer) {
}
