package org.seigraph.maps.geo;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** {@code industryMap} over GraphQL; the district boundaries as GeoJSON at {@code GET /api/geo/districts}. */
@Controller
class IndustryMapController {

    private final IndustryMapService service;

    IndustryMapController(IndustryMapService service) {
        this.service = service;
    }

    @QueryMapping
    IndustryMapService.IndustryMap industryMap() {
        return service.map();
    }

    /** Revalidated on every use (ETag from the shallow ETag filter), as it follows the loaded graph's districts. */
    @GetMapping("/api/geo/districts")
    @ResponseBody
    ResponseEntity<Object> districts() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(service.geoJson());
    }
}
