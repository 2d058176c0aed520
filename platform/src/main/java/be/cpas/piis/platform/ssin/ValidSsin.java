package be.cpas.piis.platform.ssin;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A valid NISS or BIS number (X3). A null value is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = ValidSsin.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ValidSsin {

    String message() default "{be.cpas.piis.platform.ssin.ValidSsin.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidSsin, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Ssin.isValid(value);
        }
    }
}
