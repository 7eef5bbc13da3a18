package id.sinergi.base.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface in one feature's ui package that other features implement to add their components to its views
 * (e.g. the action items on a meeting's page), or a type such an interface speaks in (e.g. the dashboard's panels). The
 * module-boundary test lets features depend on such types only.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UiExtensionPoint {
}
