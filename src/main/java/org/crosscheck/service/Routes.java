package org.crosscheck.service;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;

/** The service's routes: method and path to handler; an unknown path is 404, a known path with another method 405. */
final class Routes {

    /** One handler of a request. */
    @FunctionalInterface
    interface Endpoint {
        Response handle(HttpExchange exchange) throws IOException;
    }

    /**
     * A route.
     *
     * @param analyses whether the request runs an analysis, and so counts against the in-flight limit
     */
    record Route(String method, String path, Endpoint endpoint, boolean analyses) {
    }

    private final List<Route> routes;

    Routes(Endpoints endpoints) {
        this.routes = List.of(
                new Route("GET", "/v1/health", endpoints::health, false),
                new Route("GET", "/v1/openapi.json", endpoints::openApi, false),
                new Route("POST", "/v1/compare", endpoints::compare, true),
                new Route("POST", "/v1/check", endpoints::check, true));
    }

    /** Every route, in the order served. */
    List<Route> all() {
        return routes;
    }

    /**
     * The route for {@code method} and {@code path}.
     *
     * @throws ApiError 404 when no route has the path, 405 when none of its routes takes the method
     */
    Route find(String method, String path) {
        List<Route> atPath = routes.stream().filter(r -> r.path().equals(path)).toList();
        if (atPath.isEmpty()) {
            throw ApiError.notFound("no endpoint at " + path + "; the API is described at GET /v1/openapi.json");
        }
        return atPath.stream().filter(r -> r.method().equals(method)).findFirst()
                .orElseThrow(() -> ApiError.methodNotAllowed(method, path,
                        atPath.stream().map(Route::method).collect(Collectors.joining(", "))));
    }
}
