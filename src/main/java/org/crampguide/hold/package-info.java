/**
 * The hold player: a get-ready count, a ring that fills over the hold, the seconds left, cues at
 * halfway and at the end, "again" and "other side". {@link org.crampguide.hold.HoldPlayer} holds
 * the state on a clock its owner ticks; {@link org.crampguide.hold.HoldPlayerView} shows it; a
 * {@link org.crampguide.hold.HoldCues} (silent, or {@link org.crampguide.hold.ToneCues}) sounds it.
 */
package org.crampguide.hold;
