package be.cpas.piis.console.pages;

import be.cpas.piis.console.clients.AuditTrail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * X4: the page of an audit trail, a contract's, a beneficiary's or a breach case's ({@code of}): read-only, the latest change last.
 * The APIs name whoever made a change by the identity provider's identifier of them ({@code sub}),
 * which stays when a name changes; the console names the signed-in person themself, and shows the
 * others' identifiers as recorded.
 */
final class AuditTrails {

    private AuditTrails() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(Frame frame, String of, String name, String backPath, AuditTrail trail,
                                             String personSubject);
    }
}
