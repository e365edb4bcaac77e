package id.netralitas.regulation;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns legal references given in requests (or seed data) into stored {@link LegalBasisRef}s.
 * A reference to a regulation or article that does not exist is a 422 naming the field; a
 * malformed one is a 400.
 */
@ApplicationScoped
public class LegalReferenceResolver {

    @Inject
    RegulationRepository regulations;

    @Inject
    RegulationArticleRepository articles;

    /** Resolves every reference of {@code field} ("legalBasis"); all problems are reported together. */
    public List<LegalBasisRef> resolveAll(List<LegalReferenceRequest> requests, String field) {
        if (requests == null) {
            return List.of();
        }
        List<FieldViolation> malformed = new ArrayList<>();
        List<FieldViolation> unknown = new ArrayList<>();
        List<LegalBasisRef> resolved = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            LegalReferenceRequest r = requests.get(i);
            String prefix = field + "[" + i + "].";
            if (r == null) {
                malformed.add(FieldViolation.of(field + "[" + i + "]", "REQUIRED"));
                continue;
            }
            List<FieldViolation> problems = LegalReference.check(r.regulationCode(), r.pasal(), r.ayat(), r.huruf(),
                    r.angka(), prefix);
            if (!problems.isEmpty()) {
                malformed.addAll(problems);
                continue;
            }
            LegalReference reference = new LegalReference(r.regulationCode(), r.pasal(), r.ayat(), r.huruf(), r.angka());
            if (!seen.add(reference.key())) {
                malformed.add(FieldViolation.of(field + "[" + i + "]", "DUPLICATE", reference.key()));
                continue;
            }
            find(reference, prefix).ifPresentOrElse(resolved::add, () -> unknown.add(unknownViolation(reference, prefix)));
        }
        if (!malformed.isEmpty()) {
            throw ApiException.badRequest("VALIDATION_FAILED").violations(malformed);
        }
        if (!unknown.isEmpty()) {
            throw ApiException.unprocessable("VALIDATION_FAILED").violations(unknown);
        }
        return resolved;
    }

    /** The stored form of one reference, or a 422 naming {@code prefix} when it does not exist. */
    public LegalBasisRef resolve(LegalReference reference, String prefix) {
        return find(reference, prefix).orElseThrow(() -> ApiException.unprocessable("VALIDATION_FAILED")
                .violation(unknownViolation(reference, prefix)));
    }

    public Optional<LegalBasisRef> find(LegalReference reference, String prefix) {
        Optional<Regulation> regulation = regulations.findByCode(reference.regulationCode());
        if (regulation.isEmpty()) {
            return Optional.empty();
        }
        if (reference.isWholeRegulation()) {
            return Optional.of(new LegalBasisRef(regulation.get(), null));
        }
        return articles.find(regulation.get(), reference.pasal(), reference.ayat(), reference.huruf(), reference.angka())
                .map(article -> new LegalBasisRef(regulation.get(), article));
    }

    private FieldViolation unknownViolation(LegalReference reference, String prefix) {
        if (regulations.findByCode(reference.regulationCode()).isEmpty()) {
            return FieldViolation.of(prefix + "regulationCode", "REGULATION_UNKNOWN", reference.regulationCode());
        }
        return FieldViolation.of(prefix + "pasal", "ARTICLE_UNKNOWN", reference.regulationCode(),
                LegalReference.renderArticle(reference.pasal(), reference.ayat(), reference.huruf(), reference.angka()));
    }
}
