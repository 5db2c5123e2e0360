package org.crampguide.theme;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that builds or holds JavaFX nodes: a view, a part a view is drawn with, or the
 * wiring that puts views in a window. Every other class (models, rules, readers, records) works
 * without a scene graph; {@code ArchitectureTest} holds the code to that.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Draws {
}
