package org.seigraph.parks;

import java.util.List;

import graphql.GraphQLContext;
import org.seigraph.entity.EntityRefs;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code parkFit} and {@code parkFitResolution} over GraphQL, and {@code GET /api/parks/fit} for a quick link.
 * Both GraphQL fields read one computation per request and need, so asking for both costs one ranking.
 */
@Controller
class ParkFitController {

    private final ParkFitService service;
    private final EntityRefs refs;

    ParkFitController(ParkFitService service, EntityRefs refs) {
        this.service = service;
        this.refs = refs;
    }

    @QueryMapping
    List<ParkFitService.ParkMatch> parkFit(@Argument ParkNeedInput need, GraphQLContext context) {
        return fit(need, context).matches();
    }

    @QueryMapping
    NeedResolver.Resolution parkFitResolution(@Argument ParkNeedInput need, GraphQLContext context) {
        return fit(need, context).resolution();
    }

    private ParkFitService.ParkFit fit(ParkNeedInput need, GraphQLContext context) {
        return context.computeIfAbsent(new RequestKey(need), k -> service.fit(need));
    }

    private record RequestKey(ParkNeedInput need) {
    }

    /**
     * The same ranking as JSON: {@code {matches: [...], resolution: {...}}}; ids (or names, as in GraphQL's
     * ParkNeedInput) comma-separated or repeated.
     */
    @GetMapping(path = "/api/parks/fit", produces = "application/json")
    @ResponseBody
    ParkFitService.ParkFit fitRest(@RequestParam(required = false) String text,
                                   @RequestParam(required = false) List<String> industries,
                                   @RequestParam(required = false) List<String> technologies,
                                   @RequestParam(required = false) String origin,
                                   @RequestParam(required = false) Integer limit) {
        return service.fit(new ParkNeedInput(text, resolve(industries, INDUSTRIES), resolve(technologies, TECHNOLOGIES),
                origin, limit));
    }

    /** What ParkNeedInput's @ref directives say in parks.graphqls. */
    private static final EntityRefs.Target INDUSTRIES = EntityRefs.Target.of("industries", "Subsector", "Industry", "Sector");
    private static final EntityRefs.Target TECHNOLOGIES = EntityRefs.Target.of("technologies", "Technology");

    private List<String> resolve(List<String> values, EntityRefs.Target target) {
        if (values == null || values.size() > NeedResolver.MAX_IDS || values.stream().anyMatch(String::isBlank)) {
            return values; // NeedResolver refuses these with its own message
        }
        return refs.resolveAll(values, target);
    }
}
