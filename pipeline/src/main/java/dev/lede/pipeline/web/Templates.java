package dev.lede.pipeline.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.util.Map;

/**
 * The page templates ({@code pipeline/src/main/jte}), compiled to Java classes at build time by the jte
 * Maven plugin. jte escapes every {@code ${...}} for the HTML context it stands in (text, attribute), so
 * article text can only ever appear as text; no template in this project writes unescaped output.
 */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders a template whose one parameter is {@code model}. */
    String render(String template, Object model) {
        StringOutput out = new StringOutput(8192);
        engine.render(template, model, out);
        return out.toString();
    }

    /** Renders a template with named parameters. */
    String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(4096);
        engine.render(template, params, out);
        return out.toString();
    }
}
