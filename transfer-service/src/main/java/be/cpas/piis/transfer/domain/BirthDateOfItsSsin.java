package be.cpas.piis.transfer.domain;

import be.cpas.piis.platform.ssin.Ssin;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * X3: the person of a dossier is born on the day their NISS carries, in the century its check digits
 * give, as contracts-service will check when the take-over registers them: a dossier that could
 * never be taken over is refused when it arrives. Reported on {@code birthDate}: the number is valid
 * on its own, and its value is never echoed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BirthDateOfItsSsin.Check.class)
public @interface BirthDateOfItsSsin {

    String message() default "{be.cpas.piis.transfer.domain.BirthDateOfItsSsin.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<BirthDateOfItsSsin, Dossier.Person> {

        @Override
        public boolean isValid(Dossier.Person person, ConstraintValidatorContext context) {
            if (person.birthDate() == null || !Ssin.isValid(person.ssin()) || Ssin.birthDate(person.ssin()).agreesWith(person.birthDate())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate()).addPropertyNode("birthDate")
                    .addConstraintViolation();
            return false;
        }
    }
}
