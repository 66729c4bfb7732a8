package org.seigraph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.seigraph.web.ApiException;
import org.seigraph.web.RequestLimits;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The curation API (curation.graphqls): change requests, their lifecycle, and the per-entity changelog. */
@Controller
class CurationController {

    private final CurationService curation;
    private final ChangeRepository repository;
    private final RequestLimits.Settings limits;

    CurationController(CurationService curation, ChangeRepository repository, RequestLimits.Settings limits) {
        this.curation = curation;
        this.repository = repository;
        this.limits = limits;
    }

    @QueryMapping
    List<Map<String, Object>> changeRequests(@Argument String status, @Argument String entity, @Argument Boolean needsReview,
                                             @Argument Integer first, @Argument Integer offset) {
        int size = RequestLimits.capped(first, 50, limits.maxFirst(), "first");
        int skip = RequestLimits.capped(offset, 0, Integer.MAX_VALUE, "offset");
        return views(repository.find(status, entity, needsReview, skip, size));
    }

    @QueryMapping
    Map<String, Object> changeRequest(@Argument String id) {
        return repository.findById(id).map(ChangeView::of).orElse(null);
    }

    @QueryMapping
    List<Map<String, Object>> changelog(@Argument String id) {
        return views(repository.changelog(id));
    }

    @MutationMapping
    Map<String, Object> proposeChange(@Argument Map<String, Object> input, @Argument Boolean validateOnly) {
        return ChangeView.of(curation.propose(input, Boolean.TRUE.equals(validateOnly)));
    }

    @MutationMapping
    Map<String, Object> reviseChange(@Argument String id, @Argument Integer version, @Argument Map<String, Object> input) {
        return ChangeView.of(curation.revise(ref(id, version), input));
    }

    @MutationMapping
    Map<String, Object> approveChange(@Argument String id, @Argument Integer version, @Argument String note) {
        return ChangeView.of(curation.approve(ref(id, version), note));
    }

    @MutationMapping
    List<Map<String, Object>> approveChanges(@Argument List<Map<String, Object>> changes, @Argument String note) {
        if (changes.size() > CurationService.MAX_BATCH) {
            throw ApiException.limit("'changes' has " + changes.size() + " entries, above the limit of " + CurationService.MAX_BATCH);
        }
        List<CurationService.Ref> refs = new ArrayList<>();
        for (Map<String, Object> c : changes) {
            refs.add(ref((String) c.get("id"), (Integer) c.get("version")));
        }
        return curation.approveAll(refs, note).stream().map(ChangeView::of).toList();
    }

    @MutationMapping
    Map<String, Object> rejectChange(@Argument String id, @Argument Integer version, @Argument String note) {
        return ChangeView.of(curation.reject(ref(id, version), note));
    }

    private static CurationService.Ref ref(String id, Integer version) {
        if (version == null || version < 0) {
            throw ApiException.badRequest("'version' must be the request's version as you saw it (0 or more)");
        }
        return new CurationService.Ref(id, version);
    }

    private static List<Map<String, Object>> views(List<ChangeRequest> changes) {
        return changes.stream().map(ChangeView::of).toList();
    }
}
