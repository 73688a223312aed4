package dev.lede.index;

import dev.lede.model.Article;
import dev.lede.model.LedeJson;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Arrays;

/**
 * Where each article's JSON record is kept, and how it is read back.
 *
 * <p>The record is kept as binary doc values, which Lucene writes uncompressed: {@code lede export} copies
 * records straight out of the memory-mapped file, and search hits and related lists read theirs without
 * decompressing a block of neighbours. In LZ4-compressed stored fields, decompression (~200 MB/s on a
 * busy 2-core machine) held the export of 35 KB records to ~4,000 a second. The price is disk: the JSON
 * takes about 2.8 times the room it took compressed.
 *
 * <p>Beside the record goes the fingerprint of its JSON shape ({@link RecordShape}): a record written in
 * today's shape is exported as it is; an older one is parsed and written again, so an export always has
 * today's fields. Documents written before records moved here keep theirs in the stored field
 * {@link IndexFields#JSON} and are read from there, also after merges mix them with newer ones.
 */
final class ArticleRecords {
    /** The JSON shape of {@link Article} in this version. */
    static final String SHAPE = RecordShape.fingerprint(Article.class);

    private ArticleRecords() {
    }

    /** Adds the article's record (its JSON and shape) to its document. */
    static void add(Document doc, Article a) throws IOException {
        doc.add(new BinaryDocValuesField(IndexFields.RECORD, new BytesRef(LedeJson.mapper().writeValueAsBytes(a))));
        doc.add(new SortedDocValuesField(IndexFields.RECORD_SHAPE, new BytesRef(SHAPE)));
    }

    /** The article of a document of {@code reader} (a search hit, a related article). */
    static Article article(IndexReader reader, int doc) throws IOException {
        return parse(json(reader, doc));
    }

    /** The record of a document of {@code reader} as it is kept, without its shape checked. */
    static BytesRef json(IndexReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        Cursor cursor = new Cursor(leaf.reader(), false);
        cursor.read(doc - leaf.docBase);
        return cursor.json();
    }

    static Article parse(BytesRef json) throws IOException {
        return LedeJson.mapper().readValue(json.bytes, json.offset, json.length, Article.class);
    }

    /**
     * Reads the records of one segment in increasing document order (binary doc values only move
     * forward). The bytes are valid until the next {@link #read}.
     */
    static final class Cursor {
        private final LeafReader leaf;
        private final boolean todaysShape;
        private final BinaryDocValues records;
        private final SortedDocValues shapes;
        /** Per shape ordinal of this segment: 1 when it is today's shape, -1 when not, 0 not yet known. */
        private byte[] shapeIsToday = new byte[0];
        private StoredFields stored;
        private StoredJson storedJson;
        private byte[] bytes;
        private int offset;
        private int length;

        /**
         * @param todaysShape whether a record of an older shape is to be written again in today's shape
         *                    (an export) or handed over as kept (a reader that parses it anyway)
         */
        Cursor(LeafReader leaf, boolean todaysShape) throws IOException {
            this.leaf = leaf;
            this.todaysShape = todaysShape;
            this.records = DocValues.getBinary(leaf, IndexFields.RECORD);
            this.shapes = DocValues.getSorted(leaf, IndexFields.RECORD_SHAPE);
        }

        /** Reads the record of segment document {@code doc}; afterwards {@link #bytes()} and friends hold it. */
        void read(int doc) throws IOException {
            if (records.docID() <= doc && records.advanceExact(doc)) {
                BytesRef json = records.binaryValue();
                bytes = json.bytes;
                offset = json.offset;
                length = json.length;
                if (todaysShape && !(shapes.advanceExact(doc) && isToday(shapes.ordValue()))) {
                    rewrite();
                }
                return;
            }
            readStored(doc);
        }

        /** The record as a reference to the cursor's bytes. */
        BytesRef json() {
            return new BytesRef(bytes, offset, length);
        }

        byte[] bytes() {
            return bytes;
        }

        int offset() {
            return offset;
        }

        int length() {
            return length;
        }

        private boolean isToday(int ord) throws IOException {
            if (ord >= shapeIsToday.length) {
                shapeIsToday = Arrays.copyOf(shapeIsToday, Math.max(ord + 1, shapes.getValueCount()));
            }
            if (shapeIsToday[ord] == 0) {
                shapeIsToday[ord] = (byte) (shapes.lookupOrd(ord).utf8ToString().equals(SHAPE) ? 1 : -1);
            }
            return shapeIsToday[ord] == 1;
        }

        /** A record kept as the stored field of an older version; stored fields are read the way a merge reads them. */
        private void readStored(int doc) throws IOException {
            if (stored == null) {
                stored = leaf instanceof CodecReader codec ? codec.getFieldsReader().getMergeInstance() : leaf.storedFields();
                storedJson = new StoredJson();
            }
            storedJson.read(stored, doc);
            bytes = storedJson.buffer;
            offset = 0;
            length = storedJson.length;
            if (todaysShape && !SHAPE.equals(storedJson.shape)) {
                rewrite();
            }
        }

        private void rewrite() throws IOException {
            byte[] again = LedeJson.mapper().writeValueAsBytes(parse(json()));
            bytes = again;
            offset = 0;
            length = again.length;
        }
    }

    /** Reads the stored record and shape fields of an older version's document into a reused buffer. */
    private static final class StoredJson extends StoredFieldVisitor {
        private byte[] buffer = new byte[64 * 1024];
        private int length = -1;
        private String shape;

        void read(StoredFields stored, int doc) throws IOException {
            length = -1;
            shape = null;
            stored.document(doc, this);
            if (length < 0) {
                throw new IOException("document " + doc + " has no stored article");
            }
        }

        @Override
        public Status needsField(FieldInfo field) {
            if (length >= 0 && shape != null) {
                return Status.STOP;
            }
            return field.name.equals(IndexFields.JSON) || field.name.equals(IndexFields.JSON_SHAPE) ? Status.YES : Status.NO;
        }

        @Override
        public void binaryField(FieldInfo field, DataInput value, int size) throws IOException {
            if (size > buffer.length) {
                buffer = new byte[Math.max(size, buffer.length * 2)];
            }
            value.readBytes(buffer, 0, size);
            length = size;
        }

        @Override
        public void stringField(FieldInfo field, String value) {
            shape = value;
        }
    }
}
