/**
 * The HTTP API (Javalin): {@link org.igfatlas.http.ApiServer} lists the routes and turns parameters (bounded) into
 * requests; {@link org.igfatlas.http.AnalyticsRoutes} the analytics endpoints; errors are RFC 9457
 * {@link org.igfatlas.http.Problem problem+json}; lists answer CSV through {@link org.igfatlas.http.Csv}. The
 * contract is {@code openapi.json} beside this package.
 */
package org.igfatlas.http;
