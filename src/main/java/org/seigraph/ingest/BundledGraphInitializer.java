package org.seigraph.ingest;

import org.seigraph.store.GraphStoreProperties;
import org.seigraph.store.SchemaInitializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the app serves anything: applies the schema, then loads the bundled graph when the
 * store is empty or holds a different bundle (compared by content hash, so an edited CSV always reloads).
 */
@Component
class BundledGraphInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BundledGraphInitializer.class);

    private final SchemaInitializer schema;
    private final GraphLoader loader;
    private final ResourcePatternResolver resources;
    private final GraphStoreProperties props;

    BundledGraphInitializer(SchemaInitializer schema, GraphLoader loader, ResourcePatternResolver resources,
                            GraphStoreProperties props) {
        this.schema = schema;
        this.loader = loader;
        this.resources = resources;
        this.props = props;
    }

    @Override
    public void afterSingletonsInstantiated() {
        schema.apply();
        if (!props.loadOnStart()) {
            return;
        }
        GraphBundle bundle = GraphBundle.read(resources, props.bundle());
        if (loader.loadedHash().filter(bundle.hash()::equals).isPresent()) {
            log.info("Store already holds the bundled graph ({}), not reloading", bundle.hash().substring(0, 12));
            return;
        }
        loader.load(bundle);
    }
}
