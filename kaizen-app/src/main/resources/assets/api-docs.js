// Swagger UI over our own OpenAPI document, from our own server: no validator badge, nothing from
// another host, and no inline script (the CSP allows none).
window.addEventListener('DOMContentLoaded', function () {
  window.SwaggerUIBundle({
    url: '/api/v1/openapi.json',
    dom_id: '#swagger-ui',
    validatorUrl: null,
    deepLinking: false,
    defaultModelsExpandDepth: 0
  });
});
