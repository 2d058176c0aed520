package be.cpas.piis.console.pages;

import be.cpas.piis.console.signin.PageLanguage;
import be.cpas.piis.console.signin.SignedInPerson;
import java.util.List;

/**
 * What every page's frame shows: who is signed in, for which CPAS, in which language, and where the
 * page is; and what the person's roles let the pages offer them: a form is shown only to the roles
 * the API lets take that step, so that an auditor, who only reads, is shown none.
 */
public record Frame(String personName, String cpas, String language, List<LanguageOption> languages, String path, boolean socialWorker,
                    boolean councilMember, boolean cpasAdmin) {

    /** A language the pages speak, and the key of its name in the message bundle (each in its own language). */
    public record LanguageOption(String code, String nameKey) {
    }

    private static final List<LanguageOption> LANGUAGES = PageLanguage.SUPPORTED.stream()
            .map(code -> new LanguageOption(code, "lang_" + code)).toList();

    static Frame of(SignedInPerson person, PageLanguage language, String path) {
        return new Frame(person.displayName(), person.cpas(), language.code(), LANGUAGES, path, person.isSocialWorker(),
                person.isCouncilMember(), person.isCpasAdmin());
    }

    /** The frame of a page nobody is signed in to. */
    static Frame signedOut(PageLanguage language, String path) {
        return signedOut(language.code(), path);
    }

    /** The same, in the language {@code code}: a beneficiary's own page speaks theirs. */
    static Frame signedOut(String code, String path) {
        return new Frame(null, null, code, LANGUAGES, path, false, false, false);
    }
}
