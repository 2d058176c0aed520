package be.cpas.piis.transfer.domain;

/** REQUESTED by the CPAS the beneficiary leaves, then DELIVERED to the new CPAS, which ACCEPTS (full or partial take-over) or REFUSES it (T2). */
public enum TransferStatus {
    REQUESTED, DELIVERED, ACCEPTED, REFUSED, CANCELLED
}
