// Builds the brief's PDF with the plugin's own builder, then does what a careless post-processor does:
// drops the structure tree and the claim to be tagged.
import dev.brief.maven.build.*
import org.apache.pdfbox.Loader
import org.apache.pdfbox.cos.COSName

def request = new BuildRequest(new File(basedir, 'src/brief').toPath(), new File(basedir, 'target/brief').toPath(),
        EnumSet.of(Format.PDF), Optional.empty(), Optional.empty(), 1, OutputTimestamp.FALLBACK, 'it')
def report = new BriefBuilder(request, BuildLog.silent()).build()
assert report.failed().isEmpty()

def pdf = new File(basedir, 'target/brief/transit-fares/transit-fares.pdf')
def document = Loader.loadPDF(pdf)
document.documentCatalog.COSObject.removeItem(COSName.STRUCT_TREE_ROOT)
document.documentCatalog.COSObject.removeItem(COSName.MARK_INFO)
def stripped = new File(pdf.parentFile, 'stripped.pdf')
document.save(stripped)
document.close()
assert pdf.delete() && stripped.renameTo(pdf)
return true
