package org.seigraph.ask;

import java.util.Map;

import org.seigraph.web.ApiException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code ask(question)} over GraphQL, and {@code GET /api/ask?q=…} / {@code POST /api/ask {"question": …}} as JSON
 * (with {@code format=csv|xlsx} the GET is a file: {@link AskTableController}).
 */
@Controller
class AskController {

    private final AskService service;

    AskController(AskService service) {
        this.service = service;
    }

    @QueryMapping
    Answer ask(@Argument String question) {
        return service.ask(question);
    }

    @GetMapping(path = "/api/ask", params = "!format", produces = "application/json")
    @ResponseBody
    Answer askGet(@RequestParam(name = "q", required = false) String q) {
        return service.ask(q);
    }

    @PostMapping(path = "/api/ask", consumes = "application/json", produces = "application/json")
    @ResponseBody
    Answer askPost(@RequestBody Map<String, Object> body) {
        Object question = body == null ? null : body.get("question");
        if (question != null && !(question instanceof String)) {
            throw ApiException.badRequest("'question' must be a string");
        }
        return service.ask((String) question);
    }
}
