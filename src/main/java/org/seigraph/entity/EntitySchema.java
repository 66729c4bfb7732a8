package org.seigraph.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.language.Directive;
import graphql.language.EnumValue;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.seigraph.entity.RelationField.Direction;
import org.seigraph.entity.RelationField.Step;
import org.seigraph.graph.GraphModel;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What the GraphQL schema ({@code graphql/*.graphqls}) says about entities, read once at start-up: which fields
 * follow which relationships (their {@code @relation(type:, direction:)} directives, the one place that mapping is
 * declared) and which fields are node properties. The compiler and the DataLoaders both work from it. It refuses to
 * start when the schema and the graph model disagree: an unknown relationship type, or a field that returns entities
 * without saying which relationship it follows.
 */
@Component
public class EntitySchema {

    /** The interface every node type implements. */
    static final String ENTITY = GraphModel.ENTITY;
    /** The edge type listed by the responsibility fields, and the fields of its start and end nodes. */
    static final String EDGE_TYPE = "Responsibility";
    static final String EDGE_START = "bureau";
    static final String EDGE_END = "subject";
    /** Entity fields computed rather than read from a node property of the same name. */
    private static final Set<String> COMPUTED = Set.of("kind", "sources");

    private final Map<String, RelationField> relations = new LinkedHashMap<>();
    private final Map<String, Set<String>> properties = new LinkedHashMap<>();
    private final Map<String, List<String>> implementations = new LinkedHashMap<>();
    private final Map<String, String> edgeEnds = new LinkedHashMap<>();

    EntitySchema() {
        this(read("classpath*:graphql/**/*.graphqls"));
    }

    EntitySchema(List<String> sdl) {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        sdl.forEach(text -> registry.merge(new SchemaParser().parse(text)));
        List<String> entityTypes = registry.getTypes(ObjectTypeDefinition.class).stream()
                .filter(t -> t.getImplements().stream().anyMatch(i -> typeName(i).equals(ENTITY)))
                .map(ObjectTypeDefinition::getName).toList();
        if (entityTypes.isEmpty()) {
            throw new IllegalStateException("The schema has no types implementing " + ENTITY);
        }
        implementations.put(ENTITY, entityTypes);
        entityTypes.forEach(t -> implementations.put(t, List.of(t)));
        for (String type : entityTypes) {
            GraphModel.label(type).orElseThrow(() -> new IllegalStateException(
                    "GraphQL type " + type + " implements Entity but is no label of GraphModel"));
            Set<String> props = new LinkedHashSet<>();
            for (FieldDefinition field : fields(registry, type)) {
                List<Directive> directives = field.getDirectives("relation");
                if (!directives.isEmpty()) {
                    RelationField relation = relation(type, field, directives);
                    relations.put(relation.qualifiedName(), relation);
                } else if (isScalar(registry, field.getType()) && !COMPUTED.contains(field.getName())) {
                    props.add(field.getName());
                } else if (isEntity(field.getType()) || typeName(field.getType()).equals(EDGE_TYPE)) {
                    throw new IllegalStateException(type + "." + field.getName()
                            + " returns entities but declares no @relation(type:, direction:)");
                }
            }
            properties.put(type, props);
        }
        Set<String> all = new LinkedHashSet<>();
        entityTypes.forEach(t -> all.addAll(properties.get(t)));
        properties.put(ENTITY, all);
        for (FieldDefinition field : fields(registry, EDGE_TYPE)) {
            edgeEnds.put(field.getName(), typeName(field.getType()));
        }
        if (relations.values().stream().anyMatch(RelationField::edge)
                && !(edgeEnds.containsKey(EDGE_START) && edgeEnds.containsKey(EDGE_END))) {
            throw new IllegalStateException(EDGE_TYPE + " needs the fields " + EDGE_START + " and " + EDGE_END);
        }
    }

    /** Every relation field, in schema order. */
    List<RelationField> relations() {
        return List.copyOf(relations.values());
    }

    Optional<RelationField> relation(String type, String field) {
        return Optional.ofNullable(relations.get(type + "." + field));
    }

    /**
     * The node properties an entity of this GraphQL type (object type or the Entity interface) is read with:
     * every scalar field of the schema except the computed ones, always the same for a type.
     */
    Set<String> properties(String type) {
        Set<String> props = properties.get(type);
        if (props == null) {
            throw new IllegalArgumentException("Not an entity type: " + type);
        }
        return props;
    }

    /** The entity types a value of this type can be: itself, or every implementation of the interface. */
    List<String> objectTypes(String type) {
        return implementations.getOrDefault(type, List.of());
    }

    /** The GraphQL type of the start ({@link #EDGE_START}) or end ({@link #EDGE_END}) node of the edge type. */
    String edgeEnd(String field) {
        return edgeEnds.get(field);
    }

    private RelationField relation(String type, FieldDefinition field, List<Directive> directives) {
        String name = type + "." + field.getName();
        List<Step> steps = new ArrayList<>();
        for (Directive d : directives) {
            String relType = ((StringValue) d.getArgument("type").getValue()).getValue();
            String direction = ((EnumValue) d.getArgument("direction").getValue()).getName();
            steps.add(new Step(GraphModel.relType(relType).orElseThrow(() -> new IllegalStateException(
                    name + ": @relation type " + relType + " is not a relationship type of GraphModel")),
                    Direction.valueOf(direction)));
        }
        String target = typeName(field.getType());
        boolean edge = target.equals(EDGE_TYPE);
        if (!edge && !isEntity(field.getType())) {
            throw new IllegalStateException(name + " has @relation but returns " + target + ", not an entity");
        }
        boolean single = !isList(field.getType());
        if (single && (edge || steps.size() > 1)) {
            throw new IllegalStateException(name + ": a single-valued @relation field follows one relationship to one entity");
        }
        if (edge && steps.size() > 1) {
            throw new IllegalStateException(name + ": an edge field follows one relationship type");
        }
        return new RelationField(type, field.getName(), List.copyOf(steps), target, single, edge);
    }

    private boolean isEntity(Type<?> type) {
        String name = typeName(type);
        return implementations.containsKey(name);
    }

    private static boolean isScalar(TypeDefinitionRegistry registry, Type<?> type) {
        String name = typeName(type);
        return ScalarInfo.isGraphqlSpecifiedScalar(name) || registry.scalars().containsKey(name)
                || registry.getType(name).map(t -> t instanceof graphql.language.EnumTypeDefinition).orElse(false);
    }

    private static boolean isList(Type<?> type) {
        return type instanceof ListType || type instanceof NonNullType n && isList(n.getType());
    }

    static String typeName(Type<?> type) {
        if (type instanceof NonNullType n) {
            return typeName(n.getType());
        }
        if (type instanceof ListType l) {
            return typeName(l.getType());
        }
        return ((TypeName) type).getName();
    }

    /** The fields of an object or interface type with those of its extensions, in schema order. */
    private static List<FieldDefinition> fields(TypeDefinitionRegistry registry, String type) {
        List<FieldDefinition> out = new ArrayList<>();
        registry.getType(type).ifPresent(t -> {
            if (t instanceof ImplementingTypeDefinition<?> def) {
                out.addAll(def.getFieldDefinitions());
            }
        });
        registry.objectTypeExtensions().getOrDefault(type, List.of()).forEach(e -> out.addAll(e.getFieldDefinitions()));
        registry.interfaceTypeExtensions().getOrDefault(type, List.of()).forEach(e -> out.addAll(e.getFieldDefinitions()));
        return out;
    }

    /** The schema files, in file-name order. */
    static List<String> read(String pattern) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
            Arrays.sort(files, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            List<String> out = new ArrayList<>();
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the GraphQL schema " + pattern, e);
        }
    }
}
