package org.aqea.wikitext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Wikitext to plain text with an edition's templates rendered as its wiki shows them instead of dropped, as
 * {@link WikiText#toPlainText} drops every template. An edition says what each of its templates shows
 * ({@link #render}); the walk over a line's templates, their nesting and the plain text around them are the same for
 * every edition. An instance serves one thread, as its parser does.
 */
public abstract class RenderedText {

    /**
     * Templates in arguments of templates are rendered this deep; deeper ones are dropped. Each level scans its
     * argument again, and a page of thousands of nested calls would take quadratic time and the stack.
     */
    public static final int MAX_NESTING = 6;

    /** How deep {@link #plain} is in arguments now. */
    private int nesting;
    private String pageTitle = "";

    /** The page whose text is rendered next: the templates that show the page's title show this. */
    public final void page(String title) {
        this.pageTitle = title;
    }

    /** The title of the page being rendered. */
    protected final String pageTitle() {
        return pageTitle;
    }

    /** Plain text of a line, its templates rendered. */
    public final String plain(String markup) {
        return plain(markup, template -> { });
    }

    /**
     * Plain text of a line, its templates rendered; each outermost template outside footnotes is also handed to
     * {@code visitor}, so that a caller that reads some of them (labels, form-of) parses the line once.
     */
    public final String plain(String markup, Consumer<Template> visitor) {
        if (nesting >= MAX_NESTING) {
            return WikiText.toPlainText(markup);
        }
        nesting++;
        try {
            return rendered(markup, visitor);
        } finally {
            nesting--;
        }
    }

    private String rendered(String markup, Consumer<Template> visitor) {
        String text = WikiText.stripRefs(markup);
        int[] spans = Templates.spans(text);
        if (spans.length == 0) {
            return WikiText.toPlainText(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int p = 0; p < spans.length; p += 2) {
            out.append(text, from, spans[p]);
            Template template = Templates.at(text, spans[p], spans[p + 1]);
            visitor.accept(template);
            out.append(render(template));
            from = spans[p + 1];
        }
        return WikiText.toPlainText(out.append(text, from, text.length()).toString());
    }

    /** The plain text of the template's positional arguments from {@code first} on (1-based), the empty ones left out. */
    protected final List<String> plainArguments(Template template, int first) {
        List<String> parts = new ArrayList<>();
        for (int i = first; i <= template.positional().size(); i++) {
            String part = plain(template.arg(i));
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    /**
     * Whether a template at the head of a definition is a label ({@link DefinitionList}): by default one that shows
     * nothing in the text ({@code {{figuré|fr}}}); one that shows text (a link, a name) begins the gloss.
     */
    public boolean isLabel(Template template) {
        return render(template).isEmpty();
    }

    /** A label template's words; by default its name. */
    public List<String> labels(Template template) {
        return List.of(template.name().strip());
    }

    /** An example line's text, after its list marks ({@code #*}, {@code #:}); by default the line as plain text. */
    public String example(String line) {
        return plain(line);
    }

    /**
     * The example a line outside the definition list gives for the definition before it ({@code {{bijv-1|…}}} in
     * Dutch), or {@code null}: by default none does.
     */
    public String exampleOutsideList(String line) {
        return null;
    }

    /**
     * One template as text, its arguments through {@link #plain}; empty for the templates that show nothing readable
     * without the wiki's Lua modules, and for unknown ones.
     */
    protected abstract String render(Template template);
}
