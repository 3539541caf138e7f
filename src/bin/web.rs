//! The browser app: everything lives in `newslens::ui`.

fn main() {
    newslens::ui::start();
}
