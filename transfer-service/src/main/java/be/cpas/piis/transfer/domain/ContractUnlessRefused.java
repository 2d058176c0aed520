package be.cpas.piis.transfer.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * T2, T3: a dossier carries the contract, which the new CPAS may take over, unless the beneficiary
 * refused the transfer. Reported on {@code contract}, like any other missing part.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ContractUnlessRefused.Check.class)
public @interface ContractUnlessRefused {

    String message() default "{be.cpas.piis.transfer.domain.ContractUnlessRefused.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ContractUnlessRefused, Dossier> {

        @Override
        public boolean isValid(Dossier dossier, ConstraintValidatorContext context) {
            if (dossier.beneficiaryRefused() || dossier.contract() != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate()).addPropertyNode("contract")
                    .addConstraintViolation();
            return false;
        }
    }
}
