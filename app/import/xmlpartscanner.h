#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

// A small pull tokenizer for the large, plain XML parts of a workbook (the sheet and its shared
// strings). It walks UTF-8 bytes and hands out views into its buffer, so the hot loop of an
// import neither decodes nor copies markup it does not need; QXmlStreamReader, which the
// small parts still use, walks a sheet at about a tenth of the speed.
//
// It reads what Excel and other writers produce: elements (namespace prefixes dropped),
// attributes, character data, CDATA sections, comments and processing instructions, the five
// predefined entities and character references. It refuses what no workbook holds and what
// could hurt: DTDs (entity bombs), undeclared entities, nesting deeper than the limit, tags
// that do not match, markup or text runs that never end, a part that ends inside an element.
class XmlPartScanner
{
    Q_DECLARE_TR_FUNCTIONS(XmlPartScanner)

public:
    enum class Token {
        StartElement,
        EndElement, // also reported right after the StartElement of <empty/>
        Characters, // a run of text, possibly one of several pieces of one text node
        EndDocument,
        Invalid,
    };
    enum class Problem {
        None,
        Source,   // the source failed; it keeps its own message
        Syntax,   // broken XML
        Entities, // a DTD or an undeclared entity
        TooDeep,
    };
    // Fills data with up to max bytes: the count, 0 at the end, -1 on failure.
    using Source = std::function<qint64(char *data, qint64 max)>;

    XmlPartScanner(Source source, int maxDepth);

    Token next();

    // The element's local name (StartElement, EndElement).
    QByteArrayView name() const { return m_name; }
    // name() == literal, without measuring the literal at run time (this is the hot loop).
    template<qsizetype N>
    bool nameIs(const char (&literal)[N]) const
    {
        return equals(m_name, literal);
    }
    template<qsizetype N>
    static bool equals(QByteArrayView text, const char (&literal)[N])
    {
        if (text.size() != N - 1)
            return false;
        for (qsizetype i = 0; i < N - 1; ++i) {
            if (text.data()[i] != literal[i])
                return false;
        }
        return true;
    }
    // An attribute of the current StartElement by local name, as written (entities not
    // decoded; the attributes a sheet reads never hold any); empty when absent.
    QByteArrayView attribute(QByteArrayView localName) const;
    // Characters: the raw bytes; decode them with appendText().
    QByteArrayView text() const { return m_text; }
    // Appends the current Characters to out, decoding entities; false on an unknown entity.
    bool appendText(QString &out) const;
    // Decodes UTF-8 with entities; false on an unknown entity.
    static bool decode(QByteArrayView raw, QString &out, bool entities = true);

    Problem problem() const { return m_problem; }
    // What is wrong, in words, for Syntax, Entities and TooDeep.
    const QString &errorString() const { return m_error; }

private:
    struct Attribute
    {
        QByteArrayView localName; // prefix dropped; namespace declarations are not kept
        QByteArrayView value;
    };
    enum class Scan {
        Done,
        NeedMore,
        Failed,
    };

    bool refill();
    Token fail(Problem problem, const QString &message);
    Scan scanMarkup(Token &token);
    Scan scanStartTag(qsizetype at, Token &token);
    Scan scanEndTag(qsizetype at, Token &token);
    Scan skipUntil(qsizetype from, QByteArrayView terminator, qsizetype &after) const;
    Token textToken();

    Source m_source;
    int m_maxDepth;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_sawRoot = false;
    bool m_pendingEnd = false;
    bool m_cdata = false;
    std::vector<std::uint32_t> m_open; // hashes of the open elements' names
    std::vector<Attribute> m_attributes;
    QByteArrayView m_name;
    QByteArrayView m_text;
    Problem m_problem = Problem::None;
    QString m_error;
};
