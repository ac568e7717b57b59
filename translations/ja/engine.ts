<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>engine</name>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>expected a number from {low:g} to {high:g}, got {value!r}</source>
        <translation>{low:g} から {high:g} までの数値が必要ですが、{value!r} でした</translation>
    </message>
    <message>
        <source>expected an object such as {example}, got {value!r}</source>
        <translation>{example} のようなオブジェクトが必要ですが、{value!r} でした</translation>
    </message>
    <message>
        <source>expected a list of names from {names}, got {hide!r}</source>
        <translation>{names} から選んだ名前のリストが必要ですが、{hide!r} でした</translation>
    </message>
    <message>
        <source>unknown key (known: {keys})</source>
        <translation>不明なキーです (使えるキー: {keys})</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイル以外のもの</translation>
    </message>
    <message>
        <source>{file}: cannot read the file ({reason})</source>
        <translation>{file}: ファイルを読み込めません ({reason})</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>パイプ (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>{file}: cannot read the file (the name contains a NUL character)</source>
        <translation>{file}: ファイルを読み込めません (名前に NUL 文字が含まれています)</translation>
    </message>
    <message>
        <source>{file}: is larger than {limit} MB; Synaptica reads at most that much from one data file</source>
        <translation>{file}: {limit} MB を超えています。Synaptica が 1 つのデータファイルから読み込めるのはそこまでです</translation>
    </message>
    <message>
        <source>{file}: cannot read the file: it is {kind}</source>
        <translation>{file}: ファイルを読み込めません: {kind}です</translation>
    </message>
    <message>
        <source>{file}: cannot read the file: it is {kind}, not a regular file</source>
        <translation>{file}: ファイルを読み込めません: 通常のファイルではなく{kind}です</translation>
    </message>
    <message>
        <source>{file}: expands to more than {limit} MB when decompressed; Synaptica reads at most that much from one data file</source>
        <translation>{file}: 展開すると {limit} MB を超えます。Synaptica が 1 つのデータファイルから読み込めるのはそこまでです</translation>
    </message>
    <message>
        <source>{file}: not enough memory to read this file</source>
        <translation>{file}: このファイルを読み込むためのメモリーが足りません</translation>
    </message>
    <message>
        <source>{file}: the gzip data is damaged ({reason})</source>
        <translation>{file}: gzip データが壊れています ({reason})</translation>
    </message>
    <message>
        <source>{file}: the gzip data is damaged or cut short (it ends early)</source>
        <translation>{file}: gzip データが壊れているか途中で切れています (途中で終わっています)</translation>
    </message>
    <message>
        <source>input features apply to 2-D data; {name!r} has {count} features</source>
        <translation>入力特徴量は 2 次元のデータにだけ使えます。{name!r} の特徴量は {count} 個です</translation>
    </message>
    <message>
        <source>unknown input feature {name!r}; choose from {names}</source>
        <translation>不明な入力特徴量 {name!r} です。{names} から選んでください</translation>
    </message>
    <message>
        <source>not valid JSON: a number with {digits:,} digits (line {line}, column {column}); numbers in network files must be finite and of reasonable size</source>
        <translation>正しい JSON ではありません: {digits:,} 桁の数があります ({line} 行 {column} 列)。ネットワークファイルの数値は有限で、常識的な大きさでなければなりません</translation>
    </message>
    <message>
        <source>the file is {size:.0f} MB; Synaptica refuses network files larger than {limit} MB</source>
        <translation>ファイルのサイズが {size:.0f} MB あります。Synaptica は {limit} MB を超えるネットワークファイルを扱いません</translation>
    </message>
    <message>
        <source>{source}: {where}: {problem}</source>
        <translation>{source}: {where}: {problem}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>正しい JSON ではありません: {reason}</translation>
    </message>
    <message>
        <source>the file would be {size:.0f} MB; Synaptica refuses network files larger than {limit} MB</source>
        <translation>ファイルのサイズが {size:.0f} MB になります。Synaptica は {limit} MB を超えるネットワークファイルを扱いません</translation>
    </message>
    <message>
        <source>cannot read the file: the file name contains a NUL character</source>
        <translation>ファイルを読み込めません: ファイル名に NUL 文字が含まれています</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>has {count:,} arrays and objects; network files hold at most {limit:,}</source>
        <translation>配列とオブジェクトが {count:,} 個あります。ネットワークファイルに入れられるのは {limit:,} 個までです</translation>
    </message>
    <message>
        <source>expected one list per layer of neurons ({layers}), got {count}</source>
        <translation>ニューロンの層ごとに 1 つのリスト ({layers} 個) が必要ですが、{count} でした</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got {value}</source>
        <translation>最上位には JSON オブジェクトが必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>missing, so this is not a Synaptica network file</source>
        <translation>ありません。Synaptica のネットワークファイルではありません</translation>
    </message>
    <message>
        <source>expected {format!r}, got {value}: this is not a Synaptica network file</source>
        <translation>{format!r} が必要ですが、{value} でした。Synaptica のネットワークファイルではありません</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>made by a newer Synaptica (version {version}); this one reads up to version {newest}</source>
        <translation>新しい Synaptica (バージョン {version}) で作られています。この Synaptica が読めるのはバージョン {newest} までです</translation>
    </message>
    <message>
        <source>{version} is not a valid version; versions start at 1</source>
        <translation>{version} は正しいバージョンではありません。バージョンは 1 から始まります</translation>
    </message>
    <message>
        <source>cannot save the file: {reason}</source>
        <translation>ファイルを保存できません: {reason}</translation>
    </message>
    <message>
        <source>cannot read the file: it is a directory</source>
        <translation>ファイルを読み込めません: フォルダーです</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>ファイルを読み込めません: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>正しい JSON ではありません: {reason} ({line} 行 {column} 列)</translation>
    </message>
    <message>
        <source>not readable: the JSON is nested too deeply</source>
        <translation>読み込めません: JSON の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>not a text file (invalid UTF-8 at byte {byte})</source>
        <translation>テキストファイルではありません ({byte} バイト目が不正な UTF-8 です)</translation>
    </message>
    <message>
        <source>files of version {version} cannot be read by this Synaptica</source>
        <translation>バージョン {version} のファイルはこの Synaptica では読めません</translation>
    </message>
    <message>
        <source>cannot read the file: it is not a regular file</source>
        <translation>ファイルを読み込めません: 通常のファイルではありません</translation>
    </message>
    <message>
        <source>a Python {type}</source>
        <translation>Python の {type}</translation>
    </message>
    <message>
        <source> (did you mean {name!r}?)</source>
        <translation> ({name!r} のことですか?)</translation>
    </message>
    <message>
        <source>the string {text}</source>
        <translation>文字列 {text}</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>expected an object, got {value}</source>
        <translation>オブジェクトが必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>appears more than once in the same object</source>
        <translation>同じオブジェクトの中に 2 回以上出てきます</translation>
    </message>
    <message>
        <source>expected an array, got {value}</source>
        <translation>配列が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>expected a string, got {value}</source>
        <translation>文字列が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>is {length:,} characters long; at most {limit:,} are allowed</source>
        <translation>長さが {length:,} 文字あります。{limit:,} 文字までにしてください</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>unknown {what} {name!r}{suggestion}; choose one of {names}</source>
        <translation>不明な{what} {name!r} です{suggestion}。{names} のどれかを選んでください</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>整数が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>must be at least {minimum:,}, got {value:,}</source>
        <translation>{minimum:,} 以上でなければなりませんが、{value:,} でした</translation>
    </message>
    <message>
        <source>must be at most {maximum:,}, got {value:,}</source>
        <translation>{maximum:,} 以下でなければなりませんが、{value:,} でした</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>数値が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>{value} is not allowed (numbers must be finite)</source>
        <translation>{value} は使えません (数値は有限でなければなりません)</translation>
    </message>
    <message>
        <source>a huge integer</source>
        <translation>巨大な整数</translation>
    </message>
    <message>
        <source>an array of 1 item</source>
        <translation>要素 1 個の配列</translation>
    </message>
    <message>
        <source>an array of {count} items</source>
        <translation>要素 {count} 個の配列</translation>
    </message>
    <message>
        <source>object keys must be strings, got {key}</source>
        <translation>オブジェクトのキーは文字列でなければなりませんが、{key} でした</translation>
    </message>
    <message>
        <source>allowed here: {keys}</source>
        <translation>ここで使えるキー: {keys}</translation>
    </message>
    <message>
        <source>unknown key{suggestion}; {hint}</source>
        <translation>不明なキーです{suggestion}。{hint}</translation>
    </message>
    <message>
        <source>missing (it is required)</source>
        <translation>ありません (必須です)</translation>
    </message>
    <message>
        <source>contains invalid Unicode (an unpaired surrogate)</source>
        <translation>不正な Unicode (対になっていないサロゲート) を含んでいます</translation>
    </message>
    <message>
        <source>number too large (numbers must be finite)</source>
        <translation>数が大きすぎます (数値は有限でなければなりません)</translation>
    </message>
    <message>
        <source>must be at least {bound:g}, got {value!r}</source>
        <translation>{bound:g} 以上でなければなりませんが、{value!r} でした</translation>
    </message>
    <message>
        <source>must be greater than {bound:g}, got {value!r}</source>
        <translation>{bound:g} より大きくなければなりませんが、{value!r} でした</translation>
    </message>
    <message>
        <source>must be at most {bound:g}, got {value!r}</source>
        <translation>{bound:g} 以下でなければなりませんが、{value!r} でした</translation>
    </message>
    <message>
        <source>must be less than {bound:g}, got {value!r}</source>
        <translation>{bound:g} より小さくなければなりませんが、{value!r} でした</translation>
    </message>
    <message>
        <source>expected a JSON value, got {value}</source>
        <translation>JSON の値が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>a network needs at least 2 layers (the inputs and an output layer), got {count}</source>
        <translation>ネットワークには少なくとも 2 つの層 (入力と出力層) が必要ですが、{count} つでした</translation>
    </message>
    <message>
        <source>{count:,} layers is more than the limit of {limit:,}</source>
        <translation>{count:,} 層は上限の {limit:,} 層を超えています</translation>
    </message>
    <message>
        <source>the sizes {sizes} need {total:,} weights; the limit is {limit:,}</source>
        <translation>サイズ {sizes} には {total:,} 個の重みが必要です。上限は {limit:,} 個です</translation>
    </message>
    <message>
        <source>unknown activation {name!r}{suggestion}; choose one of {names}</source>
        <translation>不明な活性化関数 {name!r} です{suggestion}。{names} のどれかを選んでください</translation>
    </message>
    <message>
        <source>{name} is only allowed on the output layer (layers[{last}]); hidden layers can use {names}</source>
        <translation>{name} は出力層 (layers[{last}]) でしか使えません。隠れ層で使えるのは {names} です</translation>
    </message>
    <message>
        <source>expected {rows}×{cols}, got {got_rows}×{got_cols} (one row per neuron of layers[{previous}], one column per neuron of layers[{k}])</source>
        <translation>{rows}×{cols} が必要ですが、{got_rows}×{got_cols} でした (layers[{previous}] のニューロンごとに 1 行、layers[{k}] のニューロンごとに 1 列)</translation>
    </message>
    <message>
        <source>expected an array (one row of weights), got {value}</source>
        <translation>配列 (重みの 1 行) が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>rows differ in length: row 0 has {first} values, row {i} has {length}</source>
        <translation>行の長さがそろっていません: 0 行目は {first} 個、{i} 行目は {length} 個です</translation>
    </message>
    <message>
        <source>expected 1 value, got {got}</source>
        <translation>値は 1 個必要ですが、{got} 個でした</translation>
    </message>
    <message>
        <source>expected {length} values, got {got}</source>
        <translation>値は {length} 個必要ですが、{got} 個でした</translation>
    </message>
    <message>
        <source>expected 1 label (one per neuron), got {got}</source>
        <translation>ラベルは 1 個 (ニューロンごとに 1 個) 必要ですが、{got} 個でした</translation>
    </message>
    <message>
        <source>expected {size} labels (one per neuron), got {got}</source>
        <translation>ラベルは {size} 個 (ニューロンごとに 1 個) 必要ですが、{got} 個でした</translation>
    </message>
    <message>
        <source>layers[0] is the input layer, which has only a size and labels (weights belong to later layers)</source>
        <translation>layers[0] は入力層で、サイズとラベルしか持ちません (重みは後ろの層のものです)</translation>
    </message>
    <message>
        <source>has {count:,} points; at most {limit:,} are allowed</source>
        <translation>点が {count:,} 個あります。{limit:,} 個までにしてください</translation>
    </message>
    <message>
        <source>holds more than {limit:,} values; at most {limit:,} are allowed</source>
        <translation>値が {limit:,} 個を超えています。{limit:,} 個までにしてください</translation>
    </message>
    <message>
        <source>has 1 value but {where}.epoch has {epochs:,}; every series needs one value per epoch</source>
        <translation>値は 1 個ですが、{where}.epoch には {epochs:,} 個あります。どの系列もエポックごとに 1 つの値が必要です</translation>
    </message>
    <message>
        <source>has {count:,} values but {where}.epoch has {epochs:,}; every series needs one value per epoch</source>
        <translation>値は {count:,} 個ですが、{where}.epoch には {epochs:,} 個あります。どの系列もエポックごとに 1 つの値が必要です</translation>
    </message>
    <message>
        <source>expected 1 value (one per input), got {got}</source>
        <translation>値は 1 個 (入力ごとに 1 個) 必要ですが、{got} 個でした</translation>
    </message>
    <message>
        <source>expected {count} values (one per input), got {got}</source>
        <translation>値は {count} 個 (入力ごとに 1 個) 必要ですが、{got} 個でした</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失関数</translation>
    </message>
    <message>
        <source>initialisation</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>expected an object like {example}, got {value}</source>
        <translation>{example} のようなオブジェクトが必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>has {count} points; at most {limit} are allowed</source>
        <translation>点が {count} 個あります。{limit} 個までにしてください</translation>
    </message>
    <message>
        <source>has {labels} labels but {where}.points has {points} points</source>
        <translation>ラベルは {labels} 個ですが、{where}.points の点は {points} 個です</translation>
    </message>
    <message>
        <source>optimizer {name!r} has no setting {key!r}{suggestion}; it takes {settings}</source>
        <translation>最適化手法 {name!r} には設定 {key!r} がありません{suggestion}。使える設定は {settings} です</translation>
    </message>
    <message>
        <source>lists a feature twice</source>
        <translation>同じ特徴量が 2 回書かれています</translation>
    </message>
    <message>
        <source>expected 2 numbers (x1, x2), got {count}</source>
        <translation>2 つの数 (x1, x2) が必要ですが、{count} 個でした</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <source>has labels but no points; drawn data needs both</source>
        <translation>ラベルはありますが点がありません。描いたデータには両方が必要です</translation>
    </message>
    <message>
        <source>has points but no labels; drawn data needs both</source>
        <translation>点はありますがラベルがありません。描いたデータには両方が必要です</translation>
    </message>
    <message>
        <source>decimal separator</source>
        <translation>小数点の記号</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>true か false が必要ですが、{value} でした</translation>
    </message>
    <message>
        <source>way to treat text columns</source>
        <translation>テキスト列の扱い方</translation>
    </message>
    <message>
        <source>task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>the file name contains a NUL character</source>
        <translation>ファイル名に NUL 文字が含まれています</translation>
    </message>
    <message>
        <source>cannot save the file: it is a directory</source>
        <translation>ファイルを保存できません: フォルダーです</translation>
    </message>
    <message>
        <source>cannot save the file: it is {kind}, not a regular file; Synaptica only writes regular files</source>
        <translation>ファイルを保存できません: 通常のファイルではなく{kind}です。Synaptica が書き込むのは通常のファイルだけです</translation>
    </message>
</context>
</TS>
