package org.crampguide.content;

/**
 * Who to call and who to tell where the guide is shown. {@code number} overrides the content
 * pack's emergency number (null: use the pack's, which differs by language); {@code staffOnHand}
 * is true on a gym kiosk, where the guide also says to tell a member of staff.
 */
public record EmergencyContact(String number, boolean staffOnHand) {
    /** A person at their own computer: the pack's number, no staff. */
    public static final EmergencyContact DESKTOP = new EmergencyContact(null, false);

    /** A gym kiosk: staff are on hand; {@code number} is the kiosk's own (null: the pack's). */
    public static EmergencyContact kiosk(String number) {
        return new EmergencyContact(number, true);
    }
}
