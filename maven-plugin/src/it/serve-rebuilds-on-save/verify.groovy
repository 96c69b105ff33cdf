// Starts `mvn brief:serve` in the background on a free port, listens to the reload events as the preview page
// does, and goes through the author's loop: edit, break, fix. The Maven is stopped whatever happens.
import java.nio.file.Files
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit

def slug = 'library-hours'
def brief = new File(basedir, "briefs/${slug}.md")
def original = brief.getText('UTF-8')
def port = new ServerSocket(0).withCloseable { it.localPort }
def windows = System.getProperty('os.name').toLowerCase().contains('win')
def mvn = new File(System.getProperty('maven.home'), windows ? 'bin/mvn.cmd' : 'bin/mvn')
def serveLog = new File(basedir, 'serve.log')
// The same settings as the invoker's own runs: everything resolves from the outer build's repository.
def settings = new File(basedir, 'serve-settings.xml')
settings.setText(new File(basedir, '../../../src/it/settings.xml').getText('UTF-8')
        .replace('@localRepositoryUrl@', new File(outerRepository).toURI().toString()), 'UTF-8')
def command = [mvn.path, '-B', '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}".toString(),
        "dev.brief:brief-maven-plugin:${pluginVersion}:serve".toString(), '-Dbrief.source=briefs',
        '-Dbrief.outputDirectory=published', '-Dbrief.formats=pdf,html,epub', "-Dbrief.port=${port}".toString()]
def builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).redirectOutput(serveLog)
// The JVM flags of the invoker's own runs (see the pom); none when the build sets none.
builder.environment().put('MAVEN_OPTS', binding.hasVariable('mavenOpts') ? mavenOpts : '')
def process = builder.start()

def waitFor = { String what, long seconds, Closure<Boolean> condition ->
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds)
    while (!condition()) {
        assert process.alive: "brief:serve stopped while waiting for ${what}:\n${serveLog.text}"
        assert System.nanoTime() < end: "no ${what} within ${seconds} s:\n${serveLog.text}"
        Thread.sleep(100)
    }
}
def base = "http://127.0.0.1:${port}"
def fetch = { String path -> new URL(base + path).openStream().withCloseable { it.bytes } }
def editions = { ['pdf', 'html', 'epub'].collect { fetch("/${slug}/${slug}.${it}") } }
def events = new LinkedBlockingQueue<String>()
def nextReload = {
    def data = events.poll(3, TimeUnit.MINUTES)
    assert data != null: "no reload event:\n${serveLog.text}"
    data
}

try {
    waitFor('preview', 300) { serveLog.text.contains('Preview on http://127.0.0.1:' + port) }
    assert serveLog.text =~ /Built in \d+ ms: 0 built, 1 up to date, 0 failed/

    Thread.start {
        def connection = new URL(base + '/events').openConnection()
        try {
            connection.inputStream.withReader('UTF-8') { reader ->
                reader.eachLine { line -> if (line.startsWith('data:')) { events.add(line.substring(5).trim()) } }
            }
        } catch (IOException stopped) {
            // the server is stopped at the end of the test, in the middle of the open event stream
        }
    }
    def page = new String(fetch('/'), 'UTF-8')
    assert page.contains('<html lang="en">') && page.contains("/${slug}/${slug}.pdf")
    Thread.sleep(500) // the event stream is open before the first save
    def first = editions()

    brief.setText(original.replace('Evening Hours', 'Late Hours'), 'UTF-8')
    assert nextReload() == slug
    def edited = editions()
    (0..2).each { assert !Arrays.equals(first[it], edited[it]): "edition ${it} was not rewritten" }
    assert new String(edited[1], 'UTF-8').contains('Late Hours for Branch Libraries')

    brief.setText(original + '\nA figure nobody sourced.[^nowhere]\n', 'UTF-8')
    assert nextReload() == slug
    page = new String(fetch('/'), 'UTF-8')
    assert page =~ /library-hours\.md:\d+:\d+<\/code>: <strong>error<\/strong>: [^<]*nowhere/
    assert process.alive

    brief.setText(original, 'UTF-8')
    assert nextReload() == slug
    (0..2).each { assert Arrays.equals(first[it], editions()[it]): "edition ${it} differs from the first build" }
    assert !new String(fetch('/'), 'UTF-8').contains('<strong>error</strong>')
    assert serveLog.text =~ /Rebuilt in \d+ ms: 1 built, 0 up to date, 0 failed/
} finally {
    process.toHandle().descendants().each { it.destroy() }
    process.destroy()
    process.waitFor(30, TimeUnit.SECONDS)
}
return true
