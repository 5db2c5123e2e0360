/** Gym kiosk mode: full screen, attract screen, idle reset, staff exit, recovery. */
package org.crampguide.kiosk;
