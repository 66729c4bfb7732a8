package org.seigraph.maps.geo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * District node ↔ boundary feature, by name, explicitly. The bundled graph's District names and the boundary
 * data's feature names are the same strings today; this table pins each pair so that a renamed district on either
 * side (the boundary data of older ECharts versions still said 蓟县, 宁河县, 静海县) fails {@code BoundaryNamesTest}
 * instead of silently leaving a district off the map.
 */
public final class BoundaryNames {

    /** District id in the graph → the feature's {@code name} in the boundary data, in the data's order. */
    public static final Map<String, String> BY_DISTRICT = new LinkedHashMap<>();

    static {
        BY_DISTRICT.put("district:和平区", "和平区");
        BY_DISTRICT.put("district:河东区", "河东区");
        BY_DISTRICT.put("district:河西区", "河西区");
        BY_DISTRICT.put("district:南开区", "南开区");
        BY_DISTRICT.put("district:河北区", "河北区");
        BY_DISTRICT.put("district:红桥区", "红桥区");
        BY_DISTRICT.put("district:东丽区", "东丽区");
        BY_DISTRICT.put("district:西青区", "西青区");
        BY_DISTRICT.put("district:津南区", "津南区");
        BY_DISTRICT.put("district:北辰区", "北辰区");
        BY_DISTRICT.put("district:武清区", "武清区");
        BY_DISTRICT.put("district:宝坻区", "宝坻区");
        BY_DISTRICT.put("district:滨海新区", "滨海新区");
        BY_DISTRICT.put("district:宁河区", "宁河区");
        BY_DISTRICT.put("district:静海区", "静海区");
        BY_DISTRICT.put("district:蓟州区", "蓟州区");
    }

    private BoundaryNames() {
    }
}
