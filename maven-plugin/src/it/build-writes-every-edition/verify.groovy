// Both briefs were built into target/brief/<slug>/ in every format, with one log line per format.
def log = new File(basedir, 'build.log').text
['transit-fares', 'library-hours'].each { slug ->
    def folder = new File(basedir, "target/brief/${slug}")
    ['.pdf', '.epub', '.html', '-cover.png', '-preview.png'].each { suffix ->
        def file = new File(folder, slug + suffix)
        assert file.isFile() && file.length() > 0 : "missing ${file}"
    }
    assert new File(folder, "${slug}.pdf").bytes[0..4] == '%PDF-'.bytes as List
    assert log =~ /${slug}\.pdf: \d+ pages?, [\d.]+ [kM]?B, \d+ ms/
    assert log.contains("${slug}.epub: ")
    assert log.contains("${slug}.html: ")
}
assert new File(basedir, 'target/brief/transit-fares/transit-fares.html').text.contains('Lantern Street Policy Lab')
assert log.contains('Briefs: 2 built, 0 up to date, 0 failed')
// attach: two briefs, so each edition's classifier names its brief.
def installed = new File(localRepositoryPath, 'dev/brief/it/build-writes-every-edition/1.0')
['transit-fares', 'library-hours'].each { slug ->
    ['pdf', 'epub', 'html'].each { type ->
        assert new File(installed, "build-writes-every-edition-1.0-${slug}-${type}.${type}").isFile()
    }
}
return true
