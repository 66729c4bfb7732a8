package org.seigraph.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.SegToken;
import com.huaban.analysis.jieba.WordDictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Chinese word segmentation: jieba (search mode) with the graph's names and aliases and the curated synonym terms
 * as a user dictionary, so 动漫游戏开发 is 动漫 / 游戏 / 开发 and 海洋工程装备 stays whole. Latin words and numbers come
 * out as words of their own, lower-cased. Chosen by measurement (docs/text-understanding.md).
 *
 * <p>jieba's dictionary is one per JVM; its main dictionary is read once, in the background once the app is ready
 * ({@link TextIndexer}), so start-up does not wait for it (a segmentation that comes first waits). Words are only
 * ever added to it (a reloaded graph adds its new names).
 */
@Component
public class Segmenter {

    private static final Logger log = LoggerFactory.getLogger(Segmenter.class);
    private static final Pattern PLAIN = Pattern.compile("\\p{IsHan}+|[\\p{IsLatin}\\p{Nd}][\\p{IsLatin}\\p{Nd}.+#-]*");
    /** Most user-dictionary words taken from one graph (a synthetic corpus has hundreds of thousands of names). */
    static final int MAX_DICTIONARY = 50_000;
    private static final ReadWriteLock LOCK = new ReentrantReadWriteLock();
    /** Read once per JVM, on first use or when {@link #preload()} is called (after start-up). */
    private static final CompletableFuture<JiebaSegmenter> JIEBA = new CompletableFuture<>();
    private static final java.util.concurrent.atomic.AtomicBoolean LOADING = new java.util.concurrent.atomic.AtomicBoolean();
    private static final Set<String> ADDED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Starts reading the main dictionary in the background (idempotent). */
    public void preload() {
        start(true);
    }

    private static JiebaSegmenter jieba() {
        start(false);
        return JIEBA.join();
    }

    private static void start(boolean background) {
        if (LOADING.compareAndSet(false, true)) {
            Runnable load = () -> {
                try {
                    JIEBA.complete(load());
                } catch (RuntimeException | Error e) {
                    JIEBA.completeExceptionally(e);
                }
            };
            if (background) {
                Thread t = new Thread(load, "segmenter-load");
                t.setDaemon(true);
                t.start();
            } else {
                load.run();
            }
        }
    }

    private static JiebaSegmenter load() {
        long started = System.nanoTime();
        JiebaSegmenter segmenter = new JiebaSegmenter();
        segmenter.process("预热", JiebaSegmenter.SegMode.SEARCH);
        log.info("Segmenter (jieba) dictionary read in {} ms", (System.nanoTime() - started) / 1_000_000);
        return segmenter;
    }

    /** Words of the text in order: jieba's cut of the Chinese, Latin words lower-cased; punctuation dropped. */
    public List<Token> segment(String text) {
        JiebaSegmenter jieba = jieba();
        List<SegToken> cut;
        LOCK.readLock().lock();
        try {
            cut = jieba.process(text, JiebaSegmenter.SegMode.SEARCH);
        } finally {
            LOCK.readLock().unlock();
        }
        List<Token> out = new ArrayList<>();
        for (SegToken t : cut) {
            String w = t.word.strip();
            if (w.isEmpty() || w.codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            out.add(new Token(w.toLowerCase(Locale.ROOT), t.startOffset, t.endOffset));
        }
        return out;
    }

    /**
     * The text as plain full-text search sees it, without segmentation: runs of Chinese characters and Latin words
     * (the "full text only" stage of the ablation).
     */
    public static List<Token> runs(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = PLAIN.matcher(text);
        while (m.find()) {
            out.add(new Token(m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return out;
    }

    public List<Token> tokens(String text, boolean segmentation) {
        return segmentation ? segment(text) : runs(text);
    }

    /** Adds words to the user dictionary (Chinese words of 2–20 characters; the rest are cut well already). */
    public void addWords(Collection<String> words) {
        Set<String> fresh = new LinkedHashSet<>();
        for (String w : words) {
            if (w == null) {
                continue;
            }
            String s = w.strip();
            if (s.length() >= 2 && s.length() <= 20 && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN) && s.codePoints().noneMatch(Character::isWhitespace)
                    && !ADDED.contains(s) && fresh.size() < MAX_DICTIONARY) {
                fresh.add(s);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        jieba();
        try {
            Path file = Files.createTempFile("seigraph-userdict", ".dict");
            try {
                // a frequency that lets a name win over the common words it is made of (measured on the corpus)
                Files.write(file, fresh.stream().map(w -> w + " 3000").toList(), StandardCharsets.UTF_8);
                LOCK.writeLock().lock();
                try {
                    WordDictionary.getInstance().loadUserDict(file, StandardCharsets.UTF_8);
                } finally {
                    LOCK.writeLock().unlock();
                }
                ADDED.addAll(fresh);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Segmenter user dictionary: {} words added ({} in all)", fresh.size(), ADDED.size());
    }

    /** True once a word is in the user dictionary (for tests). */
    public boolean knows(String word) {
        return ADDED.contains(word);
    }
}
