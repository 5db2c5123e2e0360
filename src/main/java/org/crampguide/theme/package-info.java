/**
 * The app's look shared by every feature: the colour theme ({@code theme.css}, named colours on the
 * scene root) and the fail-fast lookup of the app's own resources. Depends on nothing else of the app.
 */
package org.crampguide.theme;
