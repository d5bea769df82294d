module @mlp_train_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<32x16xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<32xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<4x32xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<4xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<32x16xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<32xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<4x32xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<4xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<32x16xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<32xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<4x32xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<4xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<i32> {tf.aliasing_output = 12 : i32}, %arg13: tensor<8x16xf32>, %arg14: tensor<8xi32>) -> (tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) {
    %0 = "stablehlo.dot_general"(%arg13, %arg0) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<8x16xf32>, tensor<32x16xf32>) -> tensor<8x32xf32>
    %1 = "stablehlo.broadcast_in_dim"(%arg1) {broadcast_dimensions = array<i64: 1>} : (tensor<32xf32>) -> tensor<8x32xf32>
    %2 = stablehlo.add %0, %1 : tensor<8x32xf32>
    %3 = stablehlo.tanh %2 : tensor<8x32xf32>
    %4 = "stablehlo.dot_general"(%3, %arg2) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<8x32xf32>, tensor<4x32xf32>) -> tensor<8x4xf32>
    %5 = "stablehlo.broadcast_in_dim"(%arg3) {broadcast_dimensions = array<i64: 1>} : (tensor<4xf32>) -> tensor<8x4xf32>
    %6 = stablehlo.add %4, %5 : tensor<8x4xf32>
    %7 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<8x4xi32>
    %8 = "stablehlo.broadcast_in_dim"(%arg14) {broadcast_dimensions = array<i64: 0>} : (tensor<8xi32>) -> tensor<8x4xi32>
    %9 = "stablehlo.compare"(%7, %8) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<8x4xi32>, tensor<8x4xi32>) -> tensor<8x4xi1>
    %10 = "stablehlo.convert"(%9) : (tensor<8x4xi1>) -> tensor<8x4xf32>
    %11 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %12 = "stablehlo.reduce"(%6, %11) ({
    ^bb0(%13: tensor<f32>, %14: tensor<f32>):
      %15 = stablehlo.maximum %13, %14 : tensor<f32>
      "stablehlo.return"(%15) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %16 = "stablehlo.reshape"(%12) : (tensor<8xf32>) -> tensor<8x1xf32>
    %17 = "stablehlo.reshape"(%16) : (tensor<8x1xf32>) -> tensor<8xf32>
    %18 = "stablehlo.broadcast_in_dim"(%17) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %19 = stablehlo.subtract %6, %18 : tensor<8x4xf32>
    %20 = stablehlo.exponential %19 : tensor<8x4xf32>
    %21 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %22 = "stablehlo.reduce"(%20, %21) ({
    ^bb0(%23: tensor<f32>, %24: tensor<f32>):
      %25 = stablehlo.add %23, %24 : tensor<f32>
      "stablehlo.return"(%25) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %26 = "stablehlo.reshape"(%22) : (tensor<8xf32>) -> tensor<8x1xf32>
    %27 = stablehlo.log %26 : tensor<8x1xf32>
    %28 = "stablehlo.reshape"(%27) : (tensor<8x1xf32>) -> tensor<8xf32>
    %29 = "stablehlo.broadcast_in_dim"(%28) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %30 = stablehlo.subtract %19, %29 : tensor<8x4xf32>
    %31 = stablehlo.multiply %30, %10 : tensor<8x4xf32>
    %32 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %33 = "stablehlo.reduce"(%31, %32) ({
    ^bb0(%34: tensor<f32>, %35: tensor<f32>):
      %36 = stablehlo.add %34, %35 : tensor<f32>
      "stablehlo.return"(%36) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %37 = stablehlo.negate %33 : tensor<8xf32>
    %38 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %39 = "stablehlo.reduce"(%37, %38) ({
    ^bb0(%40: tensor<f32>, %41: tensor<f32>):
      %42 = stablehlo.add %40, %41 : tensor<f32>
      "stablehlo.return"(%42) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
    %43 = stablehlo.constant dense<1.25e-1> : tensor<f32>
    %44 = stablehlo.multiply %39, %43 : tensor<f32>
    %45 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<8x4xi32>
    %46 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %47 = "stablehlo.reduce"(%6, %46) ({
    ^bb0(%48: tensor<f32>, %49: tensor<f32>):
      %50 = stablehlo.maximum %48, %49 : tensor<f32>
      "stablehlo.return"(%50) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %51 = "stablehlo.reshape"(%47) : (tensor<8xf32>) -> tensor<8x1xf32>
    %52 = "stablehlo.reshape"(%51) : (tensor<8x1xf32>) -> tensor<8xf32>
    %53 = "stablehlo.broadcast_in_dim"(%52) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %54 = "stablehlo.compare"(%6, %53) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x4xi1>
    %55 = stablehlo.constant dense<4> : tensor<i32>
    %56 = "stablehlo.broadcast_in_dim"(%55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<8x4xi32>
    %57 = "stablehlo.select"(%54, %45, %56) : (tensor<8x4xi1>, tensor<8x4xi32>, tensor<8x4xi32>) -> tensor<8x4xi32>
    %58 = stablehlo.constant dense<2147483647> : tensor<i32>
    %59 = "stablehlo.reduce"(%57, %58) ({
    ^bb0(%60: tensor<i32>, %61: tensor<i32>):
      %62 = stablehlo.minimum %60, %61 : tensor<i32>
      "stablehlo.return"(%62) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xi32>, tensor<i32>) -> tensor<8xi32>
    %63 = "stablehlo.compare"(%59, %arg14) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %64 = "stablehlo.convert"(%63) : (tensor<8xi1>) -> tensor<8xf32>
    %65 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %66 = "stablehlo.reduce"(%64, %65) ({
    ^bb0(%67: tensor<f32>, %68: tensor<f32>):
      %69 = stablehlo.add %67, %68 : tensor<f32>
      "stablehlo.return"(%69) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
    %70 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %71 = "stablehlo.broadcast_in_dim"(%70) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %72 = stablehlo.multiply %71, %43 : tensor<f32>
    %73 = "stablehlo.broadcast_in_dim"(%72) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8xf32>
    %74 = stablehlo.negate %73 : tensor<8xf32>
    %75 = "stablehlo.broadcast_in_dim"(%74) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %76 = stablehlo.multiply %75, %10 : tensor<8x4xf32>
    %77 = stablehlo.negate %76 : tensor<8x4xf32>
    %78 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %79 = "stablehlo.reduce"(%77, %78) ({
    ^bb0(%80: tensor<f32>, %81: tensor<f32>):
      %82 = stablehlo.add %80, %81 : tensor<f32>
      "stablehlo.return"(%82) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %83 = "stablehlo.reshape"(%79) : (tensor<8xf32>) -> tensor<8x1xf32>
    %84 = stablehlo.divide %83, %26 : tensor<8x1xf32>
    %85 = "stablehlo.reshape"(%84) : (tensor<8x1xf32>) -> tensor<8xf32>
    %86 = "stablehlo.broadcast_in_dim"(%85) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %87 = stablehlo.multiply %86, %20 : tensor<8x4xf32>
    %88 = stablehlo.add %76, %87 : tensor<8x4xf32>
    %89 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %90 = "stablehlo.reduce"(%88, %89) ({
    ^bb0(%91: tensor<f32>, %92: tensor<f32>):
      %93 = stablehlo.add %91, %92 : tensor<f32>
      "stablehlo.return"(%93) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %94 = "stablehlo.dot_general"(%88, %arg2) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<8x4xf32>, tensor<4x32xf32>) -> tensor<8x32xf32>
    %95 = "stablehlo.dot_general"(%88, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<8x4xf32>, tensor<8x32xf32>) -> tensor<4x32xf32>
    %96 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %97 = "stablehlo.broadcast_in_dim"(%96) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x32xf32>
    %98 = stablehlo.multiply %3, %3 : tensor<8x32xf32>
    %99 = stablehlo.subtract %97, %98 : tensor<8x32xf32>
    %100 = stablehlo.multiply %94, %99 : tensor<8x32xf32>
    %101 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %102 = "stablehlo.reduce"(%100, %101) ({
    ^bb0(%103: tensor<f32>, %104: tensor<f32>):
      %105 = stablehlo.add %103, %104 : tensor<f32>
      "stablehlo.return"(%105) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %106 = "stablehlo.dot_general"(%100, %arg13) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<8x32xf32>, tensor<8x16xf32>) -> tensor<32x16xf32>
    %107 = stablehlo.multiply %106, %106 : tensor<32x16xf32>
    %108 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %109 = "stablehlo.reduce"(%107, %108) ({
    ^bb0(%110: tensor<f32>, %111: tensor<f32>):
      %112 = stablehlo.add %110, %111 : tensor<f32>
      "stablehlo.return"(%112) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x16xf32>, tensor<f32>) -> tensor<f32>
    %113 = stablehlo.multiply %102, %102 : tensor<32xf32>
    %114 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %115 = "stablehlo.reduce"(%113, %114) ({
    ^bb0(%116: tensor<f32>, %117: tensor<f32>):
      %118 = stablehlo.add %116, %117 : tensor<f32>
      "stablehlo.return"(%118) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %119 = stablehlo.add %109, %115 : tensor<f32>
    %120 = stablehlo.multiply %95, %95 : tensor<4x32xf32>
    %121 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %122 = "stablehlo.reduce"(%120, %121) ({
    ^bb0(%123: tensor<f32>, %124: tensor<f32>):
      %125 = stablehlo.add %123, %124 : tensor<f32>
      "stablehlo.return"(%125) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %126 = stablehlo.add %119, %122 : tensor<f32>
    %127 = stablehlo.multiply %90, %90 : tensor<4xf32>
    %128 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %129 = "stablehlo.reduce"(%127, %128) ({
    ^bb0(%130: tensor<f32>, %131: tensor<f32>):
      %132 = stablehlo.add %130, %131 : tensor<f32>
      "stablehlo.return"(%132) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
    %133 = stablehlo.add %126, %129 : tensor<f32>
    %134 = stablehlo.sqrt %133 : tensor<f32>
    %135 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %136 = "stablehlo.compare"(%134, %135) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %137 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %138 = "stablehlo.broadcast_in_dim"(%137) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %139 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %140 = stablehlo.divide %139, %134 : tensor<f32>
    %141 = "stablehlo.select"(%136, %138, %140) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %142 = "stablehlo.broadcast_in_dim"(%141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %143 = stablehlo.multiply %106, %142 : tensor<32x16xf32>
    %144 = "stablehlo.broadcast_in_dim"(%141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %145 = stablehlo.multiply %102, %144 : tensor<32xf32>
    %146 = "stablehlo.broadcast_in_dim"(%141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %147 = stablehlo.multiply %95, %146 : tensor<4x32xf32>
    %148 = "stablehlo.broadcast_in_dim"(%141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %149 = stablehlo.multiply %90, %148 : tensor<4xf32>
    %150 = "stablehlo.convert"(%arg12) : (tensor<i32>) -> tensor<f32>
    %151 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %152 = stablehlo.multiply %150, %151 : tensor<f32>
    %153 = stablehlo.constant dense<-1.0e1> : tensor<f32>
    %154 = stablehlo.add %150, %153 : tensor<f32>
    %155 = stablehlo.constant dense<9.0e1> : tensor<f32>
    %156 = stablehlo.minimum %154, %155 : tensor<f32>
    %157 = stablehlo.constant dense<3.490658503988659e-2> : tensor<f32>
    %158 = stablehlo.multiply %156, %157 : tensor<f32>
    %159 = stablehlo.cosine %158 : tensor<f32>
    %160 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %161 = stablehlo.add %159, %160 : tensor<f32>
    %162 = stablehlo.constant dense<5.0e-4> : tensor<f32>
    %163 = stablehlo.multiply %161, %162 : tensor<f32>
    %164 = stablehlo.constant dense<1.0e1> : tensor<f32>
    %165 = "stablehlo.compare"(%150, %164) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %166 = "stablehlo.select"(%165, %152, %163) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %167 = stablehlo.constant dense<1> : tensor<i32>
    %168 = stablehlo.add %arg12, %167 : tensor<i32>
    %169 = "stablehlo.convert"(%168) : (tensor<i32>) -> tensor<f32>
    %170 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %171 = "stablehlo.broadcast_in_dim"(%170) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %172 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %173 = stablehlo.power %172, %169 : tensor<f32>
    %174 = stablehlo.subtract %171, %173 : tensor<f32>
    %175 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %176 = "stablehlo.broadcast_in_dim"(%175) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %177 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %178 = stablehlo.power %177, %169 : tensor<f32>
    %179 = stablehlo.subtract %176, %178 : tensor<f32>
    %180 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %181 = "stablehlo.broadcast_in_dim"(%180) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %182 = stablehlo.multiply %arg4, %181 : tensor<32x16xf32>
    %183 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %184 = "stablehlo.broadcast_in_dim"(%183) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %185 = stablehlo.multiply %143, %184 : tensor<32x16xf32>
    %186 = stablehlo.add %182, %185 : tensor<32x16xf32>
    %187 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %188 = "stablehlo.broadcast_in_dim"(%187) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %189 = stablehlo.multiply %arg8, %188 : tensor<32x16xf32>
    %190 = stablehlo.multiply %143, %143 : tensor<32x16xf32>
    %191 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %192 = "stablehlo.broadcast_in_dim"(%191) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %193 = stablehlo.multiply %190, %192 : tensor<32x16xf32>
    %194 = stablehlo.add %189, %193 : tensor<32x16xf32>
    %195 = "stablehlo.broadcast_in_dim"(%174) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %196 = stablehlo.divide %186, %195 : tensor<32x16xf32>
    %197 = "stablehlo.broadcast_in_dim"(%179) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %198 = stablehlo.divide %194, %197 : tensor<32x16xf32>
    %199 = stablehlo.sqrt %198 : tensor<32x16xf32>
    %200 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %201 = "stablehlo.broadcast_in_dim"(%200) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %202 = stablehlo.add %199, %201 : tensor<32x16xf32>
    %203 = stablehlo.divide %196, %202 : tensor<32x16xf32>
    %204 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %205 = "stablehlo.broadcast_in_dim"(%204) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %206 = stablehlo.multiply %arg0, %205 : tensor<32x16xf32>
    %207 = stablehlo.add %203, %206 : tensor<32x16xf32>
    %208 = "stablehlo.broadcast_in_dim"(%166) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %209 = stablehlo.multiply %207, %208 : tensor<32x16xf32>
    %210 = stablehlo.subtract %arg0, %209 : tensor<32x16xf32>
    %211 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %212 = "stablehlo.broadcast_in_dim"(%211) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %213 = stablehlo.multiply %arg5, %212 : tensor<32xf32>
    %214 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %215 = "stablehlo.broadcast_in_dim"(%214) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %216 = stablehlo.multiply %145, %215 : tensor<32xf32>
    %217 = stablehlo.add %213, %216 : tensor<32xf32>
    %218 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %219 = "stablehlo.broadcast_in_dim"(%218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %220 = stablehlo.multiply %arg9, %219 : tensor<32xf32>
    %221 = stablehlo.multiply %145, %145 : tensor<32xf32>
    %222 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %223 = "stablehlo.broadcast_in_dim"(%222) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %224 = stablehlo.multiply %221, %223 : tensor<32xf32>
    %225 = stablehlo.add %220, %224 : tensor<32xf32>
    %226 = "stablehlo.broadcast_in_dim"(%174) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %227 = stablehlo.divide %217, %226 : tensor<32xf32>
    %228 = "stablehlo.broadcast_in_dim"(%179) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %229 = stablehlo.divide %225, %228 : tensor<32xf32>
    %230 = stablehlo.sqrt %229 : tensor<32xf32>
    %231 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %232 = "stablehlo.broadcast_in_dim"(%231) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %233 = stablehlo.add %230, %232 : tensor<32xf32>
    %234 = stablehlo.divide %227, %233 : tensor<32xf32>
    %235 = "stablehlo.broadcast_in_dim"(%166) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %236 = stablehlo.multiply %234, %235 : tensor<32xf32>
    %237 = stablehlo.subtract %arg1, %236 : tensor<32xf32>
    %238 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %239 = "stablehlo.broadcast_in_dim"(%238) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %240 = stablehlo.multiply %arg6, %239 : tensor<4x32xf32>
    %241 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %242 = "stablehlo.broadcast_in_dim"(%241) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %243 = stablehlo.multiply %147, %242 : tensor<4x32xf32>
    %244 = stablehlo.add %240, %243 : tensor<4x32xf32>
    %245 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %246 = "stablehlo.broadcast_in_dim"(%245) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %247 = stablehlo.multiply %arg10, %246 : tensor<4x32xf32>
    %248 = stablehlo.multiply %147, %147 : tensor<4x32xf32>
    %249 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %250 = "stablehlo.broadcast_in_dim"(%249) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %251 = stablehlo.multiply %248, %250 : tensor<4x32xf32>
    %252 = stablehlo.add %247, %251 : tensor<4x32xf32>
    %253 = "stablehlo.broadcast_in_dim"(%174) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %254 = stablehlo.divide %244, %253 : tensor<4x32xf32>
    %255 = "stablehlo.broadcast_in_dim"(%179) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %256 = stablehlo.divide %252, %255 : tensor<4x32xf32>
    %257 = stablehlo.sqrt %256 : tensor<4x32xf32>
    %258 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %259 = "stablehlo.broadcast_in_dim"(%258) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %260 = stablehlo.add %257, %259 : tensor<4x32xf32>
    %261 = stablehlo.divide %254, %260 : tensor<4x32xf32>
    %262 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %263 = "stablehlo.broadcast_in_dim"(%262) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %264 = stablehlo.multiply %arg2, %263 : tensor<4x32xf32>
    %265 = stablehlo.add %261, %264 : tensor<4x32xf32>
    %266 = "stablehlo.broadcast_in_dim"(%166) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %267 = stablehlo.multiply %265, %266 : tensor<4x32xf32>
    %268 = stablehlo.subtract %arg2, %267 : tensor<4x32xf32>
    %269 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %270 = "stablehlo.broadcast_in_dim"(%269) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %271 = stablehlo.multiply %arg7, %270 : tensor<4xf32>
    %272 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %273 = "stablehlo.broadcast_in_dim"(%272) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %274 = stablehlo.multiply %149, %273 : tensor<4xf32>
    %275 = stablehlo.add %271, %274 : tensor<4xf32>
    %276 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %277 = "stablehlo.broadcast_in_dim"(%276) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %278 = stablehlo.multiply %arg11, %277 : tensor<4xf32>
    %279 = stablehlo.multiply %149, %149 : tensor<4xf32>
    %280 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %281 = "stablehlo.broadcast_in_dim"(%280) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %282 = stablehlo.multiply %279, %281 : tensor<4xf32>
    %283 = stablehlo.add %278, %282 : tensor<4xf32>
    %284 = "stablehlo.broadcast_in_dim"(%174) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %285 = stablehlo.divide %275, %284 : tensor<4xf32>
    %286 = "stablehlo.broadcast_in_dim"(%179) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %287 = stablehlo.divide %283, %286 : tensor<4xf32>
    %288 = stablehlo.sqrt %287 : tensor<4xf32>
    %289 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %290 = "stablehlo.broadcast_in_dim"(%289) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %291 = stablehlo.add %288, %290 : tensor<4xf32>
    %292 = stablehlo.divide %285, %291 : tensor<4xf32>
    %293 = "stablehlo.broadcast_in_dim"(%166) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %294 = stablehlo.multiply %292, %293 : tensor<4xf32>
    %295 = stablehlo.subtract %arg3, %294 : tensor<4xf32>
    %296 = stablehlo.constant dense<1> : tensor<i32>
    %297 = stablehlo.add %arg12, %296 : tensor<i32>
    return %210, %237, %268, %295, %186, %217, %244, %275, %194, %225, %252, %283, %297, %44, %66, %166, %134 : tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
}
