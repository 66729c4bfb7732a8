package org.seigraph.lookup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The analysts' cookbook: the named, parameterised queries in {@code cypher/queries/*.cypher}. Each file
 * starts with {@code // <what it answers>} and {@code // params: {...}} (example parameters), then the query.
 */
@Component
public class Cookbook {

    public record Recipe(String name, String description, Map<String, Object> exampleParams, String query) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Recipe> recipes;

    public Cookbook(ResourcePatternResolver resources) {
        this.recipes = load(resources);
    }

    public List<Recipe> all() {
        return List.copyOf(recipes.values());
    }

    public Optional<Recipe> get(String name) {
        return Optional.ofNullable(recipes.get(name));
    }

    @SuppressWarnings("unchecked")
    static Recipe parse(String name, String text) {
        List<String> lines = text.lines().toList();
        List<String> description = new ArrayList<>();
        Map<String, Object> params = Map.of();
        int i = 0;
        for (; i < lines.size() && lines.get(i).startsWith("//"); i++) {
            String comment = lines.get(i).substring(2).strip();
            if (comment.startsWith("params:")) {
                params = JSON.readValue(comment.substring("params:".length()).strip(), Map.class);
            } else {
                description.add(comment);
            }
        }
        String query = lines.subList(i, lines.size()).stream().collect(Collectors.joining("\n")).strip();
        if (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1);
        }
        return new Recipe(name, String.join(" ", description), params, query);
    }

    private static Map<String, Recipe> load(ResourcePatternResolver resources) {
        try {
            Resource[] files = resources.getResources("classpath*:cypher/queries/*.cypher");
            Arrays.sort(files, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            Map<String, Recipe> out = new LinkedHashMap<>();
            for (Resource file : files) {
                String name = String.valueOf(file.getFilename()).replaceFirst("\\.cypher$", "");
                try (InputStream in = file.getInputStream()) {
                    out.put(name, parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the cookbook under cypher/queries", e);
        }
    }
}
