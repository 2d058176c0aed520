package be.cpas.piis.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How the CPAS reaches a beneficiary: letters go to the address, reminders by e-mail or phone (A1, A2). */
@Embeddable
public record Contact(@Column(name = "email") String email, @Column(name = "phone") String phone, @Column(name = "address") String address) {
}
