package org.aqea.eswiktionary;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aqea.address.FieldClassifier.Decision;
import org.aqea.address.FieldEvidence;
import org.aqea.address.GlossRules;
import org.aqea.address.SemanticField;
import org.aqea.lexicon.LexicalEntry;

/**
 * How the field classifier reads an entry glossed in Spanish (the Spanish edition's entries of every language), from
 * its first sense only, strongest evidence first: its subjects ({@code {{csem|zoología}}}: rule
 * {@code label:zoología}), its hypernyms, its English translations, then the genus of a noun's gloss (its first word
 * after the articles and a word of kind: "Especie de pez"). It names a field only where a word is in its tables.
 */
public final class SpanishGlossRules implements GlossRules {

    private static final Map<String, SemanticField> LABELS = FieldEvidence.table("""
            animals: zoología ornitología ictiología entomología mamíferos aves peces insectos ganadería caza
            plants: botánica plantas árboles flores micología jardinería agricultura
            weather: meteorología climatología
            geography: geografía geología países ciudades ríos montañas toponimia
            nature: biología ecología
            body: anatomía fisiología
            medicine: medicina farmacología farmacia patología cirugía odontología veterinaria enfermedades
            family: familia parentesco
            profession: profesiones oficios
            emotion: sentimientos emociones
            social: sociología política economía milicia
            law: derecho
            religion: religión teología cristianismo catolicismo islam judaísmo mitología
            sport: deporte deportes fútbol tenis ciclismo juegos
            music: música instrumentos-musicales
            food: gastronomía alimentos bebidas cocina panadería repostería
            clothing: vestimenta indumentaria moda
            transport: transporte vehículos náutica aeronáutica automovilismo ferrocarril
            technology: tecnología informática electrónica electricidad mecánica computación
            tools: herramientas
            chemistry: química bioquímica mineralogía
            mathematics: matemática matemáticas geometría aritmética álgebra estadística
            time: tiempo calendario
            space: astronomía astrología
            colour: colores
            quantity: unidades metrología
            """);

    private static final Map<String, SemanticField> GENERA = FieldEvidence.table("""
            animals: animal mamífero ave pájaro pez insecto reptil anfibio serpiente perro gato caballo molusco crustáceo araña gusano roedor primate
            plants: planta árbol arbusto flor hierba hongo cereal alga helecho
            weather: viento lluvia tormenta
            geography: ciudad país río montaña isla región pueblo continente mar lago océano capital provincia
            body: órgano hueso músculo glándula miembro
            medicine: enfermedad medicamento síntoma infección inflamación tumor
            family: pariente
            profession: oficio profesión
            emotion: sentimiento emoción
            law: ley
            religion: dios diosa divinidad
            music: instrumento baile danza
            food: alimento bebida comida plato fruta fruto verdura legumbre pastel queso pan dulce salsa
            clothing: prenda vestido calzado
            transport: vehículo barco nave avión coche automóvil embarcación
            tools: herramienta utensilio
            chemistry: elemento metal ácido
            time: mes día período periodo estación
            colour: color
            quantity: unidad
            """);

    private static final Set<String> ARTICLES = Set.of("un", "una", "unos", "unas", "el", "la", "los", "las", "lo", "de", "del");
    private static final Set<String> KINDS = Set.of("especie", "tipo", "clase", "variedad", "género", "raza", "familia",
            "nombre", "conjunto");

    @Override
    public String glossLanguage() {
        return "es";
    }

    @Override
    public Optional<Decision> classify(LexicalEntry entry) {
        return FieldEvidence.byLabelHypernymTranslationOrLeadingGenus(entry, LABELS, GENERA, ARTICLES, KINDS);
    }
}
