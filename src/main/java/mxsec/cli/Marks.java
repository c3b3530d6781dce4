package mxsec.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import mxsec.render.Mark;

/**
 * The marks a command's human output can carry. Its help explains them: {@link CommandModels.Annotations} adds
 * {@link Mark#help} as the last paragraph of the command's description, so the generated models and the stored
 * help carry it as well.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@interface Marks {
    Mark[] value();
}
