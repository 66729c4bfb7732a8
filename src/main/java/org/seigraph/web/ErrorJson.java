package org.seigraph.web;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The REST error body, {@code {"error": {"code", "message"}}}, as text: for the places that answer before Spring MVC
 * and its message converters are in play (Tomcat's error report, Spring Security's firewall).
 */
final class ErrorJson {

    static String of(ErrorCode code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code.name());
        error.put("message", message);
        return JsonMapper.shared().writeValueAsString(Map.of("error", error));
    }

    private ErrorJson() {
    }
}
